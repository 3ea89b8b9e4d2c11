"""Language data: versioned, schema-checked files, loaded into typed records and linted."""
