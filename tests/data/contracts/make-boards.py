#!/usr/bin/env python3
"""Writes the contract test boards (allkinds/board.json, hostile/board.json).

The boards are committed; this script documents how they were made and rewrites them when a
case is added: python3 tests/data/contracts/make-boards.py, then SEAMS_UPDATE_GOLDEN=1 for the
golden files. Ids are uuid5 of a name, so a rerun gives the same bytes.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NAMESPACE = uuid.UUID("6c0f3ad1-6d1e-4f55-9a59-0d1c2e3f4a5b")
STAMP = "2026-01-05T09:00:00.000Z"


def uid(name):
    return str(uuid.uuid5(NAMESPACE, name))


class Board:
    def __init__(self, name, settings=None):
        self.name = name
        self.settings = {
            "api_base_path": "/api", "database_engine": "postgres", "gateway_listen": ":8000",
            "jwt_enabled": True, "monolith_upstream": "http://monolith:8080",
            "rate_limit_per_minute": 120,
        }
        self.settings.update(settings or {})
        self.contexts, self.notes, self.links, self.relationships = [], [], [], []
        self.column = 0

    def context(self, key, name, status="monolith", wave=0, **handoff):
        x = self.column * 1300
        self.column += 1
        handoff.update({"status": status, "wave": wave})
        self.contexts.append({"id": uid(key), "name": name, "color": "#4e79a7", "x": x, "y": 0,
                              "width": 1200, "height": 2000, "handoff": handoff})
        return key

    def note(self, key, kind, text, context=None, fields=None, http=None):
        index = len(self.notes)
        if context:
            ctx = next(c for c in self.contexts if c["id"] == uid(context))
            x, y = ctx["x"] + 20 + (index % 6) * 190, 20 + (index // 6 % 10) * 190
        else:
            x, y = -400, index * 120
        note = {"id": uid(key), "kind": kind, "text": text, "x": x, "y": y, "width": 160,
                "height": 100, "z": index, "created_at": STAMP, "updated_at": STAMP}
        if context:
            note["context"] = uid(context)
        if fields:
            note["fields"] = fields
        if http:
            note["http"] = http
        self.notes.append(note)
        return key

    def link(self, source, target):
        self.links.append({"id": uid(source + "->" + target), "source": uid(source),
                           "target": uid(target)})

    def relationship(self, upstream, downstream, pattern, sync):
        self.relationships.append({"id": uid(upstream + "=>" + downstream), "upstream": uid(upstream),
                                   "downstream": uid(downstream), "pattern": pattern,
                                   "sync": sync})

    def write(self, folder):
        document = {"format": "seams-board", "version": 1, "name": self.name,
                    "settings": self.settings, "contexts": self.contexts, "notes": self.notes,
                    "links": self.links, "relationships": self.relationships}
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
        with open(os.path.join(HERE, folder, "board.json"), "w", encoding="utf-8") as out:
            json.dump(document, out, indent=4, ensure_ascii=False, sort_keys=True)
            out.write("\n")


def field(name, kind, nullable=False, reference=None, values=None):
    result = {"name": name, "type": kind, "nullable": nullable}
    if reference:
        result["reference"] = uid(reference)
    if values is not None:
        result["values"] = values
    return result


def every_type(prefix, reference):
    """One field of every FieldType, alternately nullable."""
    kinds = ["string", "text", "integer", "decimal", "money", "boolean", "uuid", "timestamp",
             "date", "enum", "reference", "json"]
    fields = []
    for i, kind in enumerate(kinds):
        for nullable in (False, True):
            fields.append(field(f"{prefix}{kind}{'_or_null' if nullable else ''}", kind, nullable,
                                reference if kind == "reference" else None,
                                ["low", "high"] if kind == "enum" else None))
    return fields


def allkinds():
    b = Board("Every kind of field and relationship")
    order = b.context("order", "Order Context", "extracted", 1, team="Checkout team")
    payment = b.context("payment", "Payment", "extracting", 2)
    catalog = b.context("catalog", "Catalog Context")
    shipping = b.context("shipping", "Shipping Context")
    customer = b.context("customer", "Customer Context")
    inventory = b.context("inventory", "Inventory Context")
    analytics = b.context("analytics", "Analytics Context", service_name="insights",
                          route_prefixes=["/api/v2/insights", "/api/reports"])

    b.note("customer-agg", "aggregate", "Customer", customer,
           [field("email", "string"), field("vip", "boolean")])
    b.note("order-agg", "aggregate", "Order", order, every_type("", "customer-agg"))
    b.note("line-agg", "aggregate", "Order Line", order,
           [field("order_id", "reference", reference="order-agg"),
            field("price", "decimal", True), field("id", "uuid")])
    for key, text, http in [
            ("place", "Place Order", None),
            ("update", "Update Order", None),
            ("replace", "Replace Order Line", None),
            ("delete", "Delete Order Line", None),
            ("cancel", "Cancel Order", None),
            ("ship", "Ship Order", None),
            ("reopen", "Reopen", None),
            ("archive", "Archive Order", {"method": "delete"}),
            ("gift", "Add Gift Note", {"path": "/api/orders/{orderId}/gift-note"}),
            ("rename", "Rename Order", {"method": "PUT", "path": "/api/orders/{orderId}/name"}),
            ("coupon", "Apply Coupon", {"path": "{orderId}/coupons"}),
            ("split", "Split Order into Parcels", None)]:
        b.note(key, "command", text, order, http=http)
    b.note("details", "read_model", "Order Details", order)
    b.note("history", "read_model", "Order History", order)
    b.note("lines", "read_model", "Order Lines", order)
    b.note("dashboard", "read_model", "Sales Dashboard", order)
    b.note("placed", "domain_event", "Order Placed", order, every_type("", "order-agg"))
    b.note("cancelled", "domain_event", "Order Cancelled", order, [field("reason", "text", True)])
    b.note("shipped", "domain_event", "Order Shipped", order, [field("order_id", "uuid")])
    b.link("place", "placed")
    b.link("cancel", "cancelled")
    b.link("ship", "shipped")

    b.note("payment-agg", "aggregate", "Payment", payment,
           [field("order_id", "reference", reference="order-agg"), field("amount", "money")])
    b.note("capture", "command", "Capture Payment", payment)
    b.note("refund", "command", "Refund Payment", payment)
    b.note("captured", "domain_event", "Payment Captured", payment,
           [field("amount", "money", True), field("captured_at", "timestamp")])
    b.note("on-placed", "policy", "When order placed, capture payment", payment)
    b.link("placed", "on-placed")
    b.link("on-placed", "capture")
    b.link("capture", "captured")

    b.note("product-agg", "aggregate", "Product", catalog,
           [field("name", "string"), field("price", "money")])
    b.note("add-product", "command", "Add Product", catalog)
    b.note("set-price", "command", "Set Price", catalog)
    b.note("remove-product", "command", "Remove Product", catalog)
    b.note("product-catalog", "read_model", "Product Catalog", catalog)
    b.note("product-added", "domain_event", "Product Added", catalog, [field("name", "string")])

    b.note("on-shipped", "policy", "When order shipped, book a carrier", shipping)
    b.note("book", "command", "Book Carrier", shipping)
    b.link("shipped", "on-shipped")
    b.link("on-shipped", "book")

    b.note("register", "command", "Register Customer", customer)
    b.note("profile", "read_model", "Customer Profile", customer)
    b.note("registered", "domain_event", "Customer Registered", customer,
           [field("customer_id", "reference", reference="customer-agg")])

    b.note("reserve", "command", "Reserve Stock", inventory)
    b.note("reserved", "domain_event", "Stock Reserved", inventory,
           [field("quantity", "integer")])

    b.note("on-captured", "policy", "When payment captured, count revenue", analytics)
    b.note("report", "read_model", "Revenue Report", analytics)
    b.link("captured", "on-captured")

    b.note("loose-event", "domain_event", "Something Happened")
    b.note("loose-command", "command", "Do Something")
    b.note("actor", "actor", "Customer")

    b.relationship(order, payment, "customer_supplier", "events")
    b.relationship(customer, order, "open_host_service", "events")
    b.relationship(order, shipping, "conformist", "api_calls")
    b.relationship(catalog, order, "anticorruption_layer", "read_replica")
    b.relationship(inventory, catalog, "published_language", "none")
    b.relationship(payment, analytics, "shared_kernel", "events")
    b.relationship(order, analytics, "partnership", "events")
    b.write("allkinds")


def hostile():
    b = Board('Board "x": #1\n<<: *alias', {"jwt_enabled": False, "rate_limit_per_minute": 0,
                                             "gateway_listen": "evil host:99999"})
    a = b.context("a", 'Ord"er: {x}; #1\nnext line', "extracted", 1,
                  service_name="../evil service", team='"; DROP TABLE teams; --',
                  route_prefixes=["/api/{orders} x?y#z", "/api/../other"])
    c = b.context("c", "注文", "extracting", 2)
    t = b.context("t", "true", "monolith")
    n = b.context("n", "404")
    d = b.context("d", "Café Commandé")

    hostile_fields = [
        field("$ref", "string"), field("2024-01-01", "integer"), field("a: b", "text", True),
        field("true", "boolean"), field('"quoted"', "uuid"), field("", "string"),
        field("dup", "string"), field("DUP", "integer"), field("x\ny", "timestamp"),
        field("yes", "enum", values=["yes", "no", "1", "null", "", "on", 'a"b', "a\"b", "~"]),
        field("choice", "enum", True, values=["<<", "#x"]),
        field("ref", "reference", reference="nowhere"),
        field("#", "json", True), field("{x}", "money", True), field("é", "date")]
    b.note("agg", "aggregate", 'Ord"er {x}', a, hostile_fields)
    b.note("agg2", "aggregate", "Ord er", a, [field("n", "integer")])
    b.note("agg3", "aggregate", "注文", c, [field("名前", "string")])
    b.note("agg4", "aggregate", "Order Input", a, [field("x", "string")])
    for key, text, http in [
            ("c1", 'Place "Order": {now}', None),
            ("c2", "2024-01-01", None),
            ("c3", "Delete ../ Order", None),
            ("c4", "true", None),
            ("c5", "Ship Order #1", None),
            ("c6", "注文を確定", None),
            ("c7", "Fetch Order", {"method": "fetch"}),
            ("c8", "Tweak Thing", {"path": "orders/{order id}/x y?z#"}),
            ("c9", "Open Box", {"path": "/api/{}/{}/{a}/{a}"}),
            ("c10", "Place Order", None),
            ("c11", "Edit Order", {"method": "PATCH", "path": "/api/orders/{id}"}),
            ("c12", "Change Order", {"method": "PATCH", "path": "/api/orders/{orderId}"}),
            ("c13", "Check", None),
            ("c14", "", {"method": "get"})]:
        b.note(key, "command", text, a, http=http)
    b.note("c20", "command", "Ship 注文", c)
    b.note("c21", "command", "Register True", t)
    b.note("c22", "command", "Create 404", n)
    b.note("c23", "command", "Ajouter Café", d)
    b.note("r1", "read_model", "???", a)
    b.note("r2", "read_model", "注文", c)
    b.note("r3", "read_model", "True Details", t)
    for key, text in [("e1", "Order Placed"), ("e2", "Order Placed"), ("e3", "404"),
                      ("e4", "<<"), ("e5", 'Ev"ent: {x}\n#'), ("e6", "注文")]:
        b.note(key, "domain_event", text, a, hostile_fields)
    b.note("e7", "domain_event", "Happened", c, [field("名前", "string", True)])
    b.note("e8", "domain_event", "Yes", t, [field("no", "boolean")])
    b.note("p1", "policy", "react", t)
    b.note("p2", "policy", "react too", n)
    b.link("e1", "p1")
    b.link("e7", "p2")
    b.link("e3", "p1")
    b.relationship(a, t, "customer_supplier", "events")
    b.relationship(c, n, "conformist", "read_replica")
    b.relationship(a, d, "partnership", "events")
    b.relationship(t, a, "shared_kernel", "events")
    b.write("hostile")


if __name__ == "__main__":
    allkinds()
    hostile()
