SELECT value FROM app_state WHERE key = ?1
