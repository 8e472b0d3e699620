#!/usr/bin/python3
"""Partitions a module graph with python3-igraph's Leiden and Infomap, for comparison with
Seams' suggestions in bench_analysis_accuracy.

Input (argv[1]): the number of modules on the first line, then one "from to" line per
dependency (repeated dependencies repeated). Output (stdout): JSON
{"leiden": [group of each module], "infomap": [...]}.

Both are run the way a user of python-igraph would run them, with their defaults:
Leiden maximising modularity (resolution 1) on the undirected graph whose edge weights
count the dependencies, Infomap (10 trials) on the directed weighted graph. Leiden is
seeded, so the output is reproducible.
"""
import collections
import json
import random
import sys

import igraph


def main():
    with open(sys.argv[1]) as source:
        count = int(source.readline())
        pairs = collections.Counter()
        for line in source:
            a, b = line.split()
            pairs[(int(a), int(b))] += 1
    directed = igraph.Graph(n=count, edges=list(pairs.keys()), directed=True)
    directed.es['weight'] = list(pairs.values())
    undirected = directed.as_undirected(mode='collapse', combine_edges='sum')
    random.seed(1)
    leiden = undirected.community_leiden(objective_function='modularity', weights='weight',
                                         n_iterations=-1)
    infomap = directed.community_infomap(edge_weights='weight', trials=10)
    json.dump({'leiden': leiden.membership, 'infomap': infomap.membership}, sys.stdout)


main()
