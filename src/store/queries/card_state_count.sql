SELECT count(*) FROM card_state
