"""Trust: SHACL validation, cross-source conflict checks and the evidence audit."""
