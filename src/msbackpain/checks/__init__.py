"""Self-checks for each notebook's exercises, one module per notebook."""
