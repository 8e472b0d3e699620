#include "documentedits.h"

#include "commands/document.h"
#include "testsupport.h"

#include <QRandomGenerator>

namespace Seams::DocumentEdits {

using TestSupport::testId;

namespace Ids {
QUuid orderContext()
{
    return testId(0xc, 1);
}
QUuid shippingContext()
{
    return testId(0xc, 2);
}
QUuid paymentContext()
{
    return testId(0xc, 3);
}
QUuid placeOrder()
{
    return testId(0xa, 1);
}
QUuid orderPlaced()
{
    return testId(0xa, 2);
}
QUuid payment()
{
    return testId(0xa, 3);
}
QUuid policy()
{
    return testId(0xa, 4);
}
QUuid dashboard()
{
    return testId(0xa, 5);
}
QUuid orderAggregate()
{
    return testId(0xa, 6);
}
QUuid placeToPlaced()
{
    return testId(0xb, 1);
}
QUuid placedToPolicy()
{
    return testId(0xb, 2);
}
QUuid policyToPayment()
{
    return testId(0xb, 3);
}
QUuid orderToPayment()
{
    return testId(0xd, 1);
}
} // namespace Ids

using namespace Ids;

namespace {

void addContext(Board &board, const QUuid &id, const QString &name, const QRectF &geometry,
                const QColor &color)
{
    BoundedContext context;
    context.id = id;
    context.name = name;
    context.geometry = geometry;
    context.color = color;
    board.insertContext(context);
}

void addNote(Board &board, const QUuid &id, NoteKind kind, const QString &text,
             const QRectF &geometry, int z, const QUuid &contextId, QList<Field> fields = {})
{
    Note note;
    note.id = id;
    note.kind = kind;
    note.text = text;
    note.geometry = geometry;
    note.z = z;
    note.contextId = contextId;
    note.fields = std::move(fields);
    note.createdAt = fixtureClock;
    note.updatedAt = fixtureClock;
    board.insertNote(note);
}

Note expectedNewNote(const QUuid &id, NoteKind kind, const QString &text, const QRectF &geometry,
                     int z, const QUuid &contextId)
{
    Note note;
    note.id = id;
    note.kind = kind;
    note.text = text;
    note.geometry = geometry;
    note.z = z;
    note.contextId = contextId;
    note.createdAt = fixtureClock;
    note.updatedAt = fixtureClock;
    return note;
}

QRectF noteRect(const Board &board, const QUuid &id)
{
    return board.note(id)->geometry;
}

QList<QUuid> none()
{
    return {};
}

} // namespace

void buildFixture(Board *board)
{
    Board fixture;
    fixture.setClock([] { return fixtureClock; });
    fixture.setName(QStringLiteral("Fixture"));
    addContext(fixture, orderContext(), QStringLiteral("Order Context"), QRectF(0, 0, 1000, 600),
               QColor(0x4e, 0x79, 0xa7));
    addContext(fixture, shippingContext(), QStringLiteral("Shipping Context"),
               QRectF(50, 300, 400, 250), QColor(0x59, 0xa1, 0x4f));
    addContext(fixture, paymentContext(), QStringLiteral("Payment Context"),
               QRectF(1200, 0, 800, 600), QColor(0xb0, 0x7a, 0xa1));
    addNote(fixture, placeOrder(), NoteKind::Command, QStringLiteral("Place Order"),
            QRectF(100, 100, 140, 100), 1, orderContext());
    addNote(fixture, orderPlaced(), NoteKind::DomainEvent, QStringLiteral("Order Placed"),
            QRectF(300, 100, 140, 100), 2, orderContext(),
            {Field {QStringLiteral("order_id"), FieldType::Uuid, false, {}, {}}});
    addNote(fixture, payment(), NoteKind::Aggregate, QStringLiteral("Payment"),
            QRectF(1300, 100, 160, 120), 3, paymentContext(),
            {Field {QStringLiteral("amount"), FieldType::Money, false, {}, {}},
             Field {QStringLiteral("order"), FieldType::Reference, false, orderAggregate(), {}}});
    addNote(fixture, policy(), NoteKind::Policy, QStringLiteral("When order placed, ship"),
            QRectF(100, 350, 140, 100), 4, shippingContext());
    addNote(fixture, dashboard(), NoteKind::ReadModel, QStringLiteral("Dashboard"),
            QRectF(3000, 3000, 140, 100), 5, QUuid());
    addNote(fixture, orderAggregate(), NoteKind::Aggregate, QStringLiteral("Order"),
            QRectF(500, 100, 160, 120), 6, orderContext(),
            {Field {QStringLiteral("total_cents"), FieldType::Money, false, {}, {}},
             Field {QStringLiteral("status"),
                    FieldType::Enum,
                    false,
                    {},
                    {QStringLiteral("open"), QStringLiteral("closed")}}});
    fixture.insertLink(Link {placeToPlaced(), placeOrder(), orderPlaced(), {}});
    fixture.insertLink(Link {placedToPolicy(), orderPlaced(), policy(), QStringLiteral("then")});
    fixture.insertLink(Link {policyToPayment(), policy(), payment(), {}});
    Relationship relationship;
    relationship.id = orderToPayment();
    relationship.upstreamId = orderContext();
    relationship.downstreamId = paymentContext();
    relationship.pattern = RelationshipPattern::CustomerSupplier;
    relationship.sync = DataSync::Events;
    relationship.description = QStringLiteral("orders feed payments");
    fixture.insertRelationship(relationship);
    board->assign(fixture);
    board->setClock([] { return fixtureClock; });
}

QList<Edit> all()
{
    QList<Edit> edits;
    auto add = [&edits](const char *name, const QString &undoText, auto apply, auto expect) {
        edits.append(Edit {QLatin1String(name), undoText, apply, expect});
    };
    using Returned = const QList<QUuid> &;

    // Notes
    add(
        "add note inside a context", QStringLiteral("Add ") + displayName(NoteKind::Command),
        [](Document &d) {
            return QList<QUuid> {d.addNote(NoteKind::Command, {600, 300}, QStringLiteral("Pay"))};
        },
        [](Board &b, const Board &, Returned ids) {
            b.insertNote(expectedNewNote(ids.value(0), NoteKind::Command, QStringLiteral("Pay"),
                                         {600, 300, 140, 100}, 7, orderContext()));
        });
    add(
        "add note into the nested frame", QStringLiteral("Add ") + displayName(NoteKind::Policy),
        [](Document &d) {
            return QList<QUuid> {d.addNote(NoteKind::Policy, {200, 400})};
        },
        [](Board &b, const Board &, Returned ids) {
            b.insertNote(expectedNewNote(ids.value(0), NoteKind::Policy, {}, {200, 400, 140, 100},
                                         7, shippingContext()));
        });
    add(
        "add note outside every context", QStringLiteral("Add ") + displayName(NoteKind::Actor),
        [](Document &d) {
            return QList<QUuid> {d.addNote(NoteKind::Actor, {5000, 5000}, QStringLiteral("Clerk"))};
        },
        [](Board &b, const Board &, Returned ids) {
            b.insertNote(expectedNewNote(ids.value(0), NoteKind::Actor, QStringLiteral("Clerk"),
                                         {5000, 5000, 100, 70}, 7, {}));
        });
    add(
        "insert notes with links", QStringLiteral("Paste"),
        [](Document &d) {
            Note a = expectedNewNote(testId(0xe, 1), NoteKind::Command, QStringLiteral("A"),
                                     {1250, 300, 140, 100}, 0, {});
            Note b = expectedNewNote(testId(0xe, 2), NoteKind::DomainEvent, QStringLiteral("B"),
                                     {1450, 300, 140, 100}, 0, orderContext());
            Note c = expectedNewNote(placeOrder(), NoteKind::Hotspot, QStringLiteral("C"),
                                     QRectF(QPointF(3000, 100), QSizeF()), 0, testId(0xc, 99));
            c.createdAt = 42;
            const QList<Link> links = {
                Link {{}, a.id, b.id, QStringLiteral("pasted")},
                Link {{}, a.id, a.id, {}}, // a self link is dropped
                Link {{}, a.id, dashboard(), {}}, // not among the inserted notes: dropped
                Link {{}, placeOrder(), b.id, {}}, // C got a fresh id: dropped
            };
            return d.insertNotes({a, b, c}, links, QStringLiteral("Paste"));
        },
        [](Board &b, const Board &actual, Returned ids) {
            b.insertNote(expectedNewNote(testId(0xe, 1), NoteKind::Command, QStringLiteral("A"),
                                         {1250, 300, 140, 100}, 7, paymentContext()));
            b.insertNote(expectedNewNote(testId(0xe, 2), NoteKind::DomainEvent, QStringLiteral("B"),
                                         {1450, 300, 140, 100}, 8, orderContext()));
            Note c = expectedNewNote(ids.value(2), NoteKind::Hotspot, QStringLiteral("C"),
                                     {3000, 100, 140, 100}, 9, {});
            c.createdAt = 42;
            b.insertNote(c);
            for (const Link &link : actual.links()) {
                if (link.sourceId == testId(0xe, 1))
                    b.insertLink(
                        Link {link.id, testId(0xe, 1), testId(0xe, 2), QStringLiteral("pasted")});
            }
        });
    add(
        "remove a note with its links", QStringLiteral("Delete 1 note(s)"),
        [](Document &d) { return d.removeNotes({orderPlaced()}), none(); },
        [](Board &b, const Board &, Returned) {
            b.takeLink(placeToPlaced());
            b.takeLink(placedToPolicy());
            b.takeNote(orderPlaced());
        });
    add(
        "remove notes, repeated and unknown ids", QStringLiteral("Delete 2 note(s)"),
        [](Document &d) {
            return d.removeNotes({policy(), policy(), testId(0xf, 99), dashboard()}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.takeLink(placedToPolicy());
            b.takeLink(policyToPayment());
            b.takeNote(policy());
            b.takeNote(dashboard());
        });
    add(
        "remove three notes in one step", QStringLiteral("Delete 3 note(s)"),
        [](Document &d) {
            return d.removeNotes({placeOrder(), orderPlaced(), payment()}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.takeLink(placeToPlaced());
            b.takeLink(placedToPolicy());
            b.takeLink(policyToPayment());
            b.takeNote(placeOrder());
            b.takeNote(orderPlaced());
            b.takeNote(payment());
        });
    add(
        "move a note within its context", QStringLiteral("Move 1 note(s)"),
        [](Document &d) {
            return d.moveNotes({placeOrder()}, {10, 20}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteGeometry(placeOrder(), noteRect(b, placeOrder()).translated(10, 20));
        });
    add(
        "move a note into a context", QStringLiteral("Move 1 note(s)"),
        [](Document &d) {
            return d.moveNotes({dashboard()}, {-1600, -2800}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteGeometry(dashboard(), {1400, 200, 140, 100});
            b.setNoteContext(dashboard(), paymentContext());
        });
    add(
        "move a note out of every context", QStringLiteral("Move 1 note(s)"),
        [](Document &d) {
            return d.moveNotes({placeOrder()}, {0, 5000}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteGeometry(placeOrder(), {100, 5100, 140, 100});
            b.setNoteContext(placeOrder(), {});
        });
    add(
        "move notes into the nested frame", QStringLiteral("Move 2 note(s)"),
        [](Document &d) {
            return d.moveNotes({orderPlaced(), payment()}, {-100, 250}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteGeometry(orderPlaced(), {200, 350, 140, 100});
            b.setNoteContext(orderPlaced(), shippingContext());
            b.setNoteGeometry(payment(), {1200, 350, 160, 120}); // still in payment
        });
    add(
        "resize a note", QStringLiteral("Resize note"),
        [](Document &d) {
            return d.setNoteGeometry(placeOrder(), {100, 100, 300, 200}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteGeometry(placeOrder(), {100, 100, 300, 200});
        });
    add(
        "edit text", QStringLiteral("Edit text"),
        [](Document &d) {
            return d.setNoteText(placeOrder(), QStringLiteral("Place \"order\"\nnow \U0001F680")),
                   none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteText(placeOrder(), QStringLiteral("Place \"order\"\nnow \U0001F680"));
        });
    add(
        "change the kind of several notes",
        QStringLiteral("Make 2 note(s) ") + displayName(NoteKind::Aggregate),
        [](Document &d) {
            return d.setNotesKind({placeOrder(), orderPlaced(), orderAggregate()},
                                  NoteKind::Aggregate),
                   none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteKind(placeOrder(), NoteKind::Aggregate);
            b.setNoteKind(orderPlaced(), NoteKind::Aggregate);
        });
    add(
        "assign notes to a context", QStringLiteral("Change context of 2 note(s)"),
        [](Document &d) {
            return d.setNotesContext({dashboard(), placeOrder(), payment()}, paymentContext()),
                   none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteContext(dashboard(), paymentContext());
            b.setNoteContext(placeOrder(), paymentContext());
        });
    add(
        "take a note out of its context", QStringLiteral("Change context of 1 note(s)"),
        [](Document &d) { return d.setNotesContext({policy()}, {}), none(); },
        [](Board &b, const Board &, Returned) { b.setNoteContext(policy(), {}); });
    static const QList<Field> newFields
        = {Field {QStringLiteral("payment_id"), FieldType::Uuid, false, {}, {}},
           Field {QStringLiteral("state"),
                  FieldType::Enum,
                  true,
                  {},
                  {QStringLiteral("new"), QStringLiteral("captured")}},
           Field {QStringLiteral("order"), FieldType::Reference, true, orderAggregate(), {}}};
    add(
        "edit fields", QStringLiteral("Edit fields"),
        [](Document &d) { return d.setNoteFields(payment(), newFields), none(); },
        [](Board &b, const Board &, Returned) { b.setNoteFields(payment(), newFields); });
    add(
        "set the HTTP override", QStringLiteral("Change HTTP operation"),
        [](Document &d) {
            return d.setNoteHttp(placeOrder(), {QStringLiteral("POST"), QStringLiteral("/orders")}),
                   none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteHttp(placeOrder(), {QStringLiteral("POST"), QStringLiteral("/orders")});
        });
    add(
        "bring notes to the front", QStringLiteral("Bring 2 note(s) to front"),
        [](Document &d) {
            return d.raiseNotes({orderAggregate(), placeOrder()}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteZ(placeOrder(), 7); // their order among themselves is kept
            b.setNoteZ(orderAggregate(), 8);
        });
    add(
        "send a note to the back", QStringLiteral("Send 1 note(s) to back"),
        [](Document &d) { return d.lowerNotes({payment()}), none(); },
        [](Board &b, const Board &, Returned) { b.setNoteZ(payment(), -1); });

    // Bounded contexts
    add(
        "add a context around a note", QStringLiteral("Add context Dashboards"),
        [](Document &d) {
            return QList<QUuid> {
                d.addContext(QStringLiteral("Dashboards"), {2900, 2900, 400, 300})};
        },
        [](Board &b, const Board &, Returned ids) {
            BoundedContext context;
            context.id = ids.value(0);
            context.name = QStringLiteral("Dashboards");
            context.geometry = {2900, 2900, 400, 300};
            context.color = QColor(0xf2, 0x8e, 0x2b);
            b.insertContext(context);
            b.setNoteContext(dashboard(), context.id);
        });
    add(
        "add a context inside a context", QStringLiteral("Add context Checkout"),
        [](Document &d) {
            return QList<QUuid> {
                d.addContext(QStringLiteral("Checkout"), QRectF(700, 500, -650, -450))};
        },
        [](Board &b, const Board &, Returned ids) {
            BoundedContext context;
            context.id = ids.value(0);
            context.name = QStringLiteral("Checkout");
            context.geometry = {50, 50, 650, 450};
            context.color = QColor(0xf2, 0x8e, 0x2b);
            b.insertContext(context);
            // The policy stays in the smaller shipping frame.
            for (const QUuid &id : {placeOrder(), orderPlaced(), orderAggregate()})
                b.setNoteContext(id, context.id);
        });
    add(
        "remove a nested context", QStringLiteral("Delete 1 context(s)"),
        [](Document &d) { return d.removeContexts({shippingContext()}), none(); },
        [](Board &b, const Board &, Returned) {
            b.setNoteContext(policy(), orderContext()); // falls back to the frame around
            b.takeContext(shippingContext());
        });
    add(
        "remove a context with a relationship", QStringLiteral("Delete 1 context(s)"),
        [](Document &d) {
            return d.removeContexts({paymentContext(), testId(0xc, 99)}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setNoteContext(payment(), {});
            b.takeRelationship(orderToPayment());
            b.takeContext(paymentContext());
        });
    add(
        "move a frame with its members", QStringLiteral("Move 6 item(s)"),
        [](Document &d) {
            return d.moveContexts({orderContext()}, {100, 50}), none();
        },
        [](Board &b, const Board &, Returned) {
            for (const QUuid &id : {orderContext(), shippingContext()})
                b.setContextGeometry(id, b.context(id)->geometry.translated(100, 50));
            for (const QUuid &id : {placeOrder(), orderPlaced(), orderAggregate(), policy()})
                b.setNoteGeometry(id, noteRect(b, id).translated(100, 50));
        });
    add(
        "shrink a frame: a member leaves", QStringLiteral("Resize context"),
        [](Document &d) {
            return d.setContextGeometry(orderContext(), {0, 0, 450, 600}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setContextGeometry(orderContext(), {0, 0, 450, 600});
            b.setNoteContext(orderAggregate(), {});
        });
    add(
        "grow a frame: a note joins", QStringLiteral("Resize context"),
        [](Document &d) {
            return d.setContextGeometry(paymentContext(), QRectF(3200, 3200, -2000, -3200)), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setContextGeometry(paymentContext(), {1200, 0, 2000, 3200});
            b.setNoteContext(dashboard(), paymentContext());
        });
    add(
        "rename a context", QStringLiteral("Rename context"),
        [](Document &d) {
            return d.renameContext(orderContext(), QStringLiteral("Ordering \u6ce8\u6587")), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setContextName(orderContext(), QStringLiteral("Ordering \u6ce8\u6587"));
        });
    add(
        "recolour a context", QStringLiteral("Change context colour"),
        [](Document &d) {
            return d.setContextColor(orderContext(), QColor(0x12, 0x34, 0x56)), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setContextColor(orderContext(), QColor(0x12, 0x34, 0x56));
        });
    static const Handoff handoff = [] {
        Handoff h;
        h.serviceName = QStringLiteral("orders");
        h.upstreamUrl = QStringLiteral("http://orders:9000");
        h.routePrefixes = {QStringLiteral("/api/orders"), QStringLiteral("/api/carts")};
        h.databaseName = QStringLiteral("orders_main");
        h.databaseEngine = DatabaseEngine::MariaDB;
        h.team = QStringLiteral("Checkout");
        h.status = MigrationStatus::Extracted;
        h.wave = 1;
        return h;
    }();
    add(
        "change the handoff settings", QStringLiteral("Change handoff settings"),
        [](Document &d) { return d.setContextHandoff(orderContext(), handoff), none(); },
        [](Board &b, const Board &, Returned) { b.setContextHandoff(orderContext(), handoff); });

    // Links
    add(
        "add an arrow", QStringLiteral("Add arrow"),
        [](Document &d) {
            return QList<QUuid> {d.addLink(placeOrder(), payment(), QStringLiteral("pays"))};
        },
        [](Board &b, const Board &, Returned ids) {
            b.insertLink(Link {ids.value(0), placeOrder(), payment(), QStringLiteral("pays")});
        });
    add(
        "remove arrows", QStringLiteral("Delete 2 arrow(s)"),
        [](Document &d) {
            return d.removeLinks({placeToPlaced(), policyToPayment()}), none();
        },
        [](Board &b, const Board &, Returned) {
            b.takeLink(placeToPlaced());
            b.takeLink(policyToPayment());
        });
    add(
        "label an arrow", QStringLiteral("Change arrow label"),
        [](Document &d) {
            return d.setLinkLabel(placeToPlaced(), QStringLiteral("emits")), none();
        },
        [](Board &b, const Board &, Returned) {
            b.setLink(Link {placeToPlaced(), placeOrder(), orderPlaced(), QStringLiteral("emits")});
        });

    // Relationships
    add(
        "add a relationship", QStringLiteral("Add relationship"),
        [](Document &d) {
            return QList<QUuid> {d.addRelationship(paymentContext(), orderContext(),
                                                   RelationshipPattern::Conformist,
                                                   DataSync::ApiCalls)};
        },
        [](Board &b, const Board &, Returned ids) {
            Relationship relationship;
            relationship.id = ids.value(0);
            relationship.upstreamId = paymentContext();
            relationship.downstreamId = orderContext();
            relationship.pattern = RelationshipPattern::Conformist;
            relationship.sync = DataSync::ApiCalls;
            b.insertRelationship(relationship);
        });
    static const Relationship changed = [] {
        Relationship r;
        r.id = orderToPayment();
        r.upstreamId = orderContext();
        r.downstreamId = shippingContext();
        r.pattern = RelationshipPattern::AnticorruptionLayer;
        r.sync = DataSync::ReadReplica;
        r.description = QStringLiteral("through an ACL");
        return r;
    }();
    add(
        "change a relationship", QStringLiteral("Change relationship"),
        [](Document &d) { return d.setRelationship(changed), none(); },
        [](Board &b, const Board &, Returned) { b.setRelationship(changed); });
    add(
        "remove a relationship", QStringLiteral("Delete 1 relationship(s)"),
        [](Document &d) { return d.removeRelationships({orderToPayment()}), none(); },
        [](Board &b, const Board &, Returned) { b.takeRelationship(orderToPayment()); });

    // Board
    add(
        "rename the board", QStringLiteral("Rename board"),
        [](Document &d) { return d.setBoardName(QStringLiteral("Renamed \"board\"")), none(); },
        [](Board &b, const Board &, Returned) { b.setName(QStringLiteral("Renamed \"board\"")); });
    static const BoardSettings settings = [] {
        BoardSettings s;
        s.monolithUpstream = QStringLiteral("http://legacy:8081");
        s.jwtEnabled = false;
        s.rateLimitPerMinute = 30;
        s.databaseEngine = DatabaseEngine::SQLite;
        s.extra.insert(QStringLiteral("x_future"), QJsonValue(true));
        return s;
    }();
    add(
        "change the board settings", QStringLiteral("Change board settings"),
        [](Document &d) { return d.setBoardSettings(settings), none(); },
        [](Board &b, const Board &, Returned) { b.setSettings(settings); });
    return edits;
}

namespace {

template<typename Container>
QUuid randomKey(const Container &items, QRandomGenerator &random)
{
    if (items.isEmpty())
        return testId(0xf, int(random.bounded(3))); // sometimes an unknown id
    const QList<QUuid> keys = items.keys();
    QList<QUuid> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(random.bounded(int(sorted.size())));
}

QPointF randomPoint(QRandomGenerator &random)
{
    return QPointF(random.bounded(-200, 3400), random.bounded(-200, 3400));
}

QString randomText(QRandomGenerator &random)
{
    static const QString texts[] = {QStringLiteral("Order Placed"), QStringLiteral("Place \"x\"\n"),
                                    QStringLiteral("\U0001F600 emoji"), QString(),
                                    QStringLiteral("\u05e9\u05dc\u05d5\u05dd")};
    return texts[random.bounded(int(std::size(texts)))];
}

} // namespace

void randomEdit(Document &document, QRandomGenerator &random)
{
    const Board &board = *document.board();
    const auto note = [&] {
        return randomKey(board.notes(), random);
    };
    const auto context = [&] {
        return randomKey(board.contexts(), random);
    };
    const auto kind = [&] {
        return allNoteKinds().at(random.bounded(int(allNoteKinds().size())));
    };
    switch (random.bounded(30)) {
    case 0:
    case 1:
        document.addNote(kind(), randomPoint(random), randomText(random));
        break;
    case 2: {
        Note a;
        a.id = QUuid::createUuid();
        a.kind = kind();
        a.geometry = QRectF(randomPoint(random), QSizeF(140, 100));
        Note b = a;
        b.id = QUuid::createUuid();
        b.geometry.translate(200, 0);
        document.insertNotes({a, b}, {Link {{}, a.id, b.id, randomText(random)}},
                             QStringLiteral("Paste"));
        break;
    }
    case 3:
        document.removeNotes({note(), note()});
        break;
    case 4:
        document.moveNotes({note()}, randomPoint(random) / 4);
        break;
    case 5: { // a drag: many small moves, one step
        const QList<QUuid> ids = {note(), note()};
        document.beginInteraction(QStringLiteral("Drag"));
        for (int i = 0; i < 10; ++i)
            document.moveNotes(ids, QPointF(random.bounded(-40, 40), random.bounded(-40, 40)));
        document.endInteraction();
        break;
    }
    case 6:
        document.setNoteGeometry(note(), QRectF(randomPoint(random), QSizeF(200, 150)));
        break;
    case 7:
        document.setNoteText(note(), randomText(random));
        break;
    case 8:
        document.setNotesKind({note(), note()}, kind());
        break;
    case 9:
        document.setNotesContext({note()}, random.bounded(4) == 0 ? QUuid() : context());
        break;
    case 10:
        document.setNoteFields(
            note(),
            QList<Field> {
                Field {randomText(random), FieldType::Integer, random.bounded(2) == 1, {}, {}}});
        break;
    case 11:
        document.setNoteHttp(note(), {QStringLiteral("PATCH"), randomText(random)});
        break;
    case 12:
        document.raiseNotes({note(), note()});
        break;
    case 13:
        document.lowerNotes({note()});
        break;
    case 14:
        document.addContext(randomText(random),
                            QRectF(randomPoint(random),
                                   QSizeF(random.bounded(100, 1500), random.bounded(100, 1500))));
        break;
    case 15:
        if (random.bounded(3) == 0)
            document.removeContexts({context()});
        break;
    case 16:
        document.moveContexts({context()}, randomPoint(random) / 8);
        break;
    case 17:
        document.setContextGeometry(context(), QRectF(randomPoint(random), QSizeF(900, 700)));
        break;
    case 18:
        document.renameContext(context(), randomText(random));
        break;
    case 19:
        document.setContextColor(context(), QColor::fromHsv(random.bounded(360), 100, 200));
        break;
    case 20: {
        Handoff handoff;
        handoff.status = MigrationStatus(random.bounded(3));
        handoff.wave = random.bounded(4);
        handoff.team = randomText(random);
        document.setContextHandoff(context(), handoff);
        break;
    }
    case 21:
        document.addLink(note(), note(), randomText(random));
        break;
    case 22:
        document.removeLinks({randomKey(board.links(), random)});
        break;
    case 23:
        document.setLinkLabel(randomKey(board.links(), random), randomText(random));
        break;
    case 24:
        document.addRelationship(context(), context(), RelationshipPattern(random.bounded(7)),
                                 DataSync(random.bounded(4)));
        break;
    case 25: {
        const Relationship *relationship
            = board.relationship(randomKey(board.relationships(), random));
        if (relationship) {
            Relationship changed = *relationship;
            changed.pattern = RelationshipPattern(random.bounded(7));
            changed.description = randomText(random);
            document.setRelationship(changed);
        }
        break;
    }
    case 26:
        document.removeRelationships({randomKey(board.relationships(), random)});
        break;
    case 27:
        document.setBoardName(randomText(random));
        break;
    case 28: {
        BoardSettings settings = board.settings();
        settings.rateLimitPerMinute = random.bounded(1000);
        document.setBoardSettings(settings);
        break;
    }
    default:
        // Undo and redo in the middle of the sequence, as people do.
        if (random.bounded(2) == 0)
            document.undoStack()->undo();
        else
            document.undoStack()->redo();
        break;
    }
}

} // namespace Seams::DocumentEdits
