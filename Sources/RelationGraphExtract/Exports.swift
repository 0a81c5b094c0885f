// Extraction produces the core model, so importing this module brings it along.
@_exported import RelationGraph
