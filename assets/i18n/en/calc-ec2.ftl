# The EC2 instance type decoder and builder: the lines of a decoding (a label of at most 11
# columns, then the value), the steps of a build, the notes.

calc-ec2-known = { $name }: a real instance type (in the EC2 API's list)
calc-ec2-not-known = { $name }: not in the list of instance types
calc-ec2-did-you-mean = { $name }: not in the list of instance types; did you mean { $names }?
calc-ec2-label-family = family
calc-ec2-label-series = series
calc-ec2-label-category = category
calc-ec2-label-generation = generation
calc-ec2-label-processor = processor
calc-ec2-label-size = size
calc-ec2-label-unknown = unknown
calc-ec2-label-vcpus = vCPUs
calc-ec2-label-memory = memory
calc-ec2-label-network = network
calc-ec2-label-storage = storage
calc-ec2-label-accelerators = accelerators
calc-ec2-label-hardware = hardware
calc-ec2-label-read = read
calc-ec2-label-option = option { $code }
calc-ec2-family = { $family } (everything before the dot)
calc-ec2-unknown-series = { $code }: unknown series
calc-ec2-no-processor = not stated in the name nor in the guide's pages read here
calc-ec2-unknown-capability = unknown: no naming rule explains it
calc-ec2-unknown-size = unknown size
calc-ec2-note = note: { $note }
calc-ec2-gib = { $n } GiB
calc-ec2-no-network = not in the guide's network table (it lists enhanced networking only)
calc-ec2-revision = { $read } (the guide's revision of { $revision })
calc-ec2-build = build:
calc-ec2-prompt = Type an instance type name to decode, or a requirement to build names.

## Categories

calc-ec2-general-purpose = general purpose
calc-ec2-compute-optimized = compute optimized
calc-ec2-memory-optimized = memory optimized
calc-ec2-storage-optimized = storage optimized
calc-ec2-accelerated-computing = accelerated computing
calc-ec2-hpc = high-performance computing

## Building names from a requirement

calc-ec2-category-series = { $category }: series { $series }
calc-ec2-processor-letter = { $name }: processor letter { $letter }
calc-ec2-option-letter = { $meaning }: letter { $letter }
calc-ec2-suffix-part = { $meaning }: part -{ $part } after a hyphen
calc-ec2-size = size { $size }: { $meaning }
calc-ec2-generation-slot = <generation>
calc-ec2-pattern = so the name looks like { $pattern }
calc-ec2-pattern-star = so the name looks like { $pattern } (* any other letters)
calc-ec2-unjudged = { $count ->
        [one] { $n } name with these letters has no hardware data here (the guide's tables read lack them) and is left out
       *[other] { $n } names with these letters have no hardware data here (the guide's tables read lack them) and are left out
    }
calc-ec2-no-match = no instance type in the list has exactly these letters
calc-ec2-matches = real names: { $names }
calc-ec2-matches-more = real names: { $names } and { $more } more

## Where the processor is said, the hardware

calc-ec2-from-series = series { $series }
calc-ec2-from-letter = letter { $letter }
calc-ec2-from-guide = the guide's list of processors per family
calc-ec2-network-up-to = { $text } (bursts to { $gbps } Gbps)
calc-ec2-network-in-all = { $text } ({ $gbps } Gbps in all)
calc-ec2-network-no-number = { $text } (the guide gives no number for this older type)
calc-ec2-net-gigabit = { $n } Gigabit
calc-ec2-net-up-to-gigabit = Up to { $n } Gigabit
calc-ec2-net-links = { $links }x { $n } Gigabit
calc-ec2-net-very-low = Very Low
calc-ec2-net-low = Low
calc-ec2-net-low-to-moderate = Low to Moderate
calc-ec2-net-moderate = Moderate
calc-ec2-net-high = High
calc-ec2-ebs-only = EBS only (no instance store)
calc-ec2-volumes = { $volumes } x { $gb } GB { $medium }
calc-ec2-volumes-in-all = { $volumes } x { $gb } GB { $medium } ({ $total } GB in all)
calc-ec2-gpu = { $count ->
        [one] GPU
       *[other] GPUs
    }
calc-ec2-inferentia = { $count ->
        [one] inference chip
       *[other] inference chips
    }
calc-ec2-trainium = { $count ->
        [one] training chip
       *[other] training chips
    }
calc-ec2-fpga = { $count ->
        [one] FPGA
       *[other] FPGAs
    }
calc-ec2-gaudi = { $count ->
        [one] deep learning accelerator
       *[other] deep learning accelerators
    }
calc-ec2-media = { $count ->
        [one] media accelerator
       *[other] media accelerators
    }
calc-ec2-accelerators = { $count } x { $maker } { $model } { $noun }
calc-ec2-accelerators-each = { $count } x { $maker } { $model } { $noun } ({ $memory } each)
calc-ec2-family-not-in-guide = not in the guide's tables read here (the family is newer than the revision read, or never in its tables)
calc-ec2-size-not-in-guide = the guide's table for this family does not list this size
calc-ec2-want-accelerator = { $noun }: from the guide's family tables, else the series (p and g are GPUs, inf Inferentia, trn Trainium, f FPGAs)
calc-ec2-want-arm = Arm: an AWS Graviton or Apple silicon processor
calc-ec2-want-x86 = x86: an Intel or AMD processor
calc-ec2-want-memory = at least { $gib } GiB of memory, from the guide's tables
calc-ec2-want-vcpus = at least { $n } vCPUs, from the guide's tables
calc-ec2-no-series = (no series letters)
calc-ec2-no-size = (no size: a name is FAMILY.SIZE)

## Notes

calc-ec2-legacy-series = series `{ $series }` is not in the current AWS naming table; its meaning comes from older AWS pages
calc-ec2-no-generation = the name has no generation number
calc-ec2-generation-after-memory = in the older name `{ $family }` the generation ({ $generation }) follows the memory size
