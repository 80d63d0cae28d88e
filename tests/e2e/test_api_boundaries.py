"""The boundary build step's TopoJSON decoding, on a topology written by hand."""

from __future__ import annotations

from sitrep.serve.web.build import decode_topojson

# Two unit squares side by side sharing the arc x=1; quantized and delta-encoded.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [40.0, 30.0]},
    "arcs": [
        [[2, 0], [0, 2]],  # (1,0) -> (1,1): the shared edge
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (1,1) -> (0,1) -> (0,0) -> (1,0)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (1,0) -> (2,0) -> (2,1) -> (1,1)
    ],
    "objects": {
        "areas": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "W", "properties": {"name": "West"}, "arcs": [[0, 1]]},
                {
                    "type": "MultiPolygon",
                    "id": "E",
                    "properties": {"name": "East"},
                    "arcs": [[[2, -1]]],
                },
                {"type": "Point", "coordinates": [1, 1]},
            ],
        }
    },
}


def test_decodes_quantized_arcs_shared_and_reversed() -> None:
    west, east = list(decode_topojson(TOPOLOGY, "areas"))
    assert west["id"] == "W" and west["properties"] == {"name": "West"}
    assert west["geometry"] == {
        "type": "Polygon",
        "coordinates": [[[41.0, 30.0], [41.0, 31.0], [40.0, 31.0], [40.0, 30.0], [41.0, 30.0]]],
    }
    ring = east["geometry"]["coordinates"][0][0]
    assert east["geometry"]["type"] == "MultiPolygon"
    assert ring == [[41.0, 30.0], [42.0, 30.0], [42.0, 31.0], [41.0, 31.0], [41.0, 30.0]]
    assert ring[0] == ring[-1]  # closed, with the shared arc walked backwards
