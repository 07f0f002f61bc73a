-- How many answers the collection's review log holds.
SELECT count(*) FROM revlog
