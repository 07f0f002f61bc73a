SELECT generation FROM card_state_generation WHERE only = 1
