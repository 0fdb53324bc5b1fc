"""The CLI's commands, one module per group; ``nato_kg.cli`` registers them."""
