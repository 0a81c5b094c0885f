#!/usr/bin/env python3
"""The relgraph-bench workloads on NetworkX, igraph and rustworkx, for comparison.

usage: peers.py TSV [TOOL...]   (TOOL in networkx, igraph, rustworkx; all by default)

Prints `TOOL<TAB>WORKLOAD<TAB>SECONDS<TAB>RESULT` lines like relgraph-bench.
The TSV is parsed before timing (the peers' load figures exclude parsing);
random pairs come from SplitMix64 seeded with 42 over node indexes in order of
first appearance, exactly as relgraph-bench draws them.
"""
import sys
import time

MASK = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def report(tool, workload, seconds, result):
    print(f"{tool}\t{workload}\t{seconds:.4f}\t{result}", flush=True)


def read(path):
    names, index, edges = [], {}, []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or fields[0] == "source":
                continue
            ends = []
            for name in (fields[0], fields[2]):
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
                ends.append(index[name])
            edges.append((ends[0], ends[1], fields[1]))
    return names, edges


def pairs(count, nodes):
    generator = splitmix64(42)
    return [(next(generator) % nodes, next(generator) % nodes) for _ in range(count)]


def run_networkx(names, edges, chosen):
    import networkx as nx
    start = time.perf_counter()
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(range(len(names)))
    graph.add_edges_from((s, t, {"kind": k}) for s, t, k in edges)
    report("networkx", "load", time.perf_counter() - start, graph.number_of_edges())
    start = time.perf_counter()
    reached = nx.descendants(graph, 0)
    report("networkx", "reach", time.perf_counter() - start, len(reached))
    start = time.perf_counter()
    found = 0
    for source, target in chosen:
        try:
            nx.bidirectional_shortest_path(graph, source, target)
            found += 1
        except nx.NetworkXNoPath:
            pass
    report("networkx", "paths", time.perf_counter() - start, found)


def run_igraph(names, edges, chosen):
    import igraph
    start = time.perf_counter()
    graph = igraph.Graph(n=len(names), edges=[(s, t) for s, t, _ in edges], directed=True)
    graph.es["kind"] = [k for _, _, k in edges]
    report("igraph", "load", time.perf_counter() - start, graph.ecount())
    start = time.perf_counter()
    reached = graph.subcomponent(0, mode="out")
    report("igraph", "reach", time.perf_counter() - start, len(reached) - 1)
    start = time.perf_counter()
    found = 0
    for source, target in chosen:
        path = graph.get_shortest_path(source, target, mode="out") if source != target else [source]
        found += 1 if path else 0
    report("igraph", "paths", time.perf_counter() - start, found)
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as directory:
        target = os.path.join(directory, "graph.dot")
        start = time.perf_counter()
        graph.write_dot(target)
        report("igraph", "dot", time.perf_counter() - start, os.path.getsize(target))


def run_rustworkx(names, edges, chosen):
    import rustworkx as rx
    start = time.perf_counter()
    graph = rx.PyDiGraph(multigraph=True)
    graph.add_nodes_from(range(len(names)))
    graph.add_edges_from([(s, t, k) for s, t, k in edges])
    report("rustworkx", "load", time.perf_counter() - start, graph.num_edges())
    start = time.perf_counter()
    reached = rx.descendants(graph, 0)
    report("rustworkx", "reach", time.perf_counter() - start, len(reached))
    start = time.perf_counter()
    found = 0
    for source, target in chosen[:50]:
        paths = rx.digraph_dijkstra_shortest_paths(graph, source, target=target)
        found += 1 if target in paths else 0
    report("rustworkx", "paths (50 of 1000)", time.perf_counter() - start, found)
    start = time.perf_counter()
    text = graph.to_dot(edge_attr=lambda kind: {"label": kind})
    report("rustworkx", "dot", time.perf_counter() - start, len(text))


def main():
    path = sys.argv[1]
    tools = sys.argv[2:] or ["networkx", "igraph", "rustworkx"]
    names, edges = read(path)
    chosen = pairs(1000, len(names))
    for tool in tools:
        try:
            {"networkx": run_networkx, "igraph": run_igraph, "rustworkx": run_rustworkx}[tool](names, edges, chosen)
        except ImportError as error:
            print(f"{tool}\tmissing\t0\t{error}", flush=True)


if __name__ == "__main__":
    main()
