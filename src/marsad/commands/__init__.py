"""CLI sub-commands of the extraction core."""
