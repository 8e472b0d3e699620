#include "boardgenerator.h"

#include "board.h"
#include "naming.h"

#include <QRandomGenerator>

#include <cmath>

namespace Seams::BoardGenerator {

namespace {

const char *const domains[]
    = {"Order",    "Payment",  "Catalog",   "Shipping",  "Customer", "Inventory",
       "Billing",  "Pricing",  "Review",    "Loyalty",   "Returns",  "Warehouse",
       "Identity", "Search",   "Marketing", "Invoicing", "Support",  "Fulfilment",
       "Supplier", "Checkout", "Delivery",  "Promotion", "Tax",      "Subscription"};

const char *const entities[]
    = {"Order",   "Payment", "Invoice",  "Refund",      "Product", "Category", "Parcel",
       "Account", "Address", "Voucher",  "Cart",        "Quote",   "Shipment", "Ticket",
       "Review",  "Coupon",  "Contract", "Reservation", "Batch",   "Return",   "Label"};

// Command verb, event participle.
const char *const actions[][2]
    = {{"Place", "Placed"},     {"Cancel", "Cancelled"},  {"Approve", "Approved"},
       {"Reject", "Rejected"},  {"Ship", "Shipped"},      {"Capture", "Captured"},
       {"Refund", "Refunded"},  {"Update", "Updated"},    {"Register", "Registered"},
       {"Archive", "Archived"}, {"Confirm", "Confirmed"}, {"Schedule", "Scheduled"},
       {"Assign", "Assigned"},  {"Close", "Closed"},      {"Reopen", "Reopened"}};

const char *const actors[] = {"Customer",      "Clerk", "Courier",          "Accountant",
                              "Support agent", "Buyer", "Warehouse worker", "Admin"};
const char *const systems[]
    = {"Payment provider", "Carrier API", "ERP", "Email gateway", "Tax service", "Fraud detection"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

QUuid deterministicId(QRandomGenerator &random)
{
    QUuid id;
    id.data1 = random.generate();
    id.data2 = quint16(random.generate());
    id.data3 = quint16((random.generate() & 0x0fff) | 0x4000); // version 4
    for (uchar &byte : id.data4)
        byte = uchar(random.generate());
    id.data4[0] = (id.data4[0] & 0x3f) | 0x80; // RFC 4122 variant
    return id;
}

} // namespace

void generate(Board *board, int noteCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const qint64 baseTime = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    Board generated;
    generated.setName(QStringLiteral("Generated board (%1 notes)").arg(noteCount));

    const int contextCount = std::max(1, int(std::lround(noteCount / 300.0)));
    const int notesPerContext = (noteCount + contextCount - 1) / contextCount;
    const int columns = int(std::ceil(std::sqrt(double(contextCount))));
    // Notes sit on a 160 x 130 grid, 20 to a row inside each frame.
    const int perRow = 20;
    const QSizeF frameSize(perRow * 160 + 80,
                           ((notesPerContext + perRow - 1) / perRow) * 130 + 120);

    int created = 0;
    int z = 0;
    for (int c = 0; c < contextCount && created < noteCount; ++c) {
        BoundedContext context;
        context.id = deterministicId(random);
        const QString domain = QLatin1String(domains[c % std::size(domains)]);
        context.name = c < int(std::size(domains))
            ? domain + QLatin1String(" Context")
            : QStringLiteral("%1 %2 Context").arg(domain).arg(c / std::size(domains) + 1);
        const QPointF origin((c % columns) * (frameSize.width() + 200),
                             (c / columns) * (frameSize.height() + 200));
        context.geometry = QRectF(origin, frameSize);
        context.color = QColor::fromHsv((c * 47) % 360, 90, 200);
        context.handoff.status = c % 3 == 0 ? MigrationStatus::Extracted
            : c % 3 == 1                    ? MigrationStatus::Extracting
                                            : MigrationStatus::Monolith;
        context.handoff.wave = context.handoff.status == MigrationStatus::Monolith ? 0 : 1 + c % 4;
        generated.insertContext(context);

        QUuid lastCommand;
        QUuid lastAggregate;
        for (int i = 0; i < notesPerContext && created < noteCount; ++i, ++created) {
            Note note;
            note.id = deterministicId(random);
            note.contextId = context.id;
            note.z = ++z;
            note.createdAt = baseTime + created * 1000;
            note.updatedAt = note.createdAt;
            const QPointF position
                = origin + QPointF(40 + (i % perRow) * 160, 80 + (i / perRow) * 130);
            const QString entity = QLatin1String(pick(random, entities));
            const auto &action = pick(random, actions);
            // A repeating rhythm: command, event, and every few pairs something else.
            switch (i % 10) {
            case 0:
            case 2:
            case 5:
            case 7:
                note.kind = NoteKind::Command;
                note.text = QStringLiteral("%1 %2").arg(QLatin1String(action[0]), entity);
                break;
            case 1:
            case 3:
            case 6:
            case 8:
                note.kind = NoteKind::DomainEvent;
                note.text = QStringLiteral("%1 %2").arg(entity, QLatin1String(action[1]));
                note.fields
                    = {Field {Naming::snakeCase(Naming::words(entity)) + QLatin1String("_id"),
                              FieldType::Uuid,
                              false,
                              {},
                              {}},
                       Field {QStringLiteral("occurred_at"), FieldType::Timestamp, false, {}, {}}};
                break;
            case 4:
                note.kind = NoteKind::Aggregate;
                note.text = entity;
                note.fields
                    = {Field {QStringLiteral("status"),
                              FieldType::Enum,
                              false,
                              {},
                              {QStringLiteral("open"), QStringLiteral("closed")}},
                       Field {QStringLiteral("total_cents"), FieldType::Money, false, {}, {}}};
                if (!lastAggregate.isNull())
                    note.fields.append(Field {QStringLiteral("parent_id"),
                                              FieldType::Reference,
                                              true,
                                              lastAggregate,
                                              {}});
                lastAggregate = note.id;
                break;
            default: {
                static constexpr NoteKind others[]
                    = {NoteKind::Policy, NoteKind::ReadModel, NoteKind::Actor,
                       NoteKind::ExternalSystem, NoteKind::Hotspot};
                note.kind = others[(i / 10) % std::size(others)];
                switch (note.kind) {
                case NoteKind::Policy:
                    note.text = QStringLiteral("When %1 %2, %3 %1")
                                    .arg(entity.toLower(), QString::fromLatin1(action[1]).toLower(),
                                         QString::fromLatin1(pick(random, actions)[0]).toLower());
                    break;
                case NoteKind::ReadModel:
                    note.text = QStringLiteral("%1 overview").arg(entity);
                    break;
                case NoteKind::Actor:
                    note.text = QLatin1String(pick(random, actors));
                    break;
                case NoteKind::ExternalSystem:
                    note.text = QLatin1String(pick(random, systems));
                    break;
                default:
                    note.text = QStringLiteral("Who owns %1 data?").arg(entity.toLower());
                    break;
                }
            }
            }
            note.geometry = QRectF(position, noteKindDefaultSize(note.kind));
            generated.insertNote(note);

            if (note.kind == NoteKind::Command) {
                lastCommand = note.id;
            } else if (note.kind == NoteKind::DomainEvent && !lastCommand.isNull()) {
                generated.insertLink(Link {deterministicId(random), lastCommand, note.id, {}});
                lastCommand = QUuid();
            }
        }
    }
    board->assign(generated);
}

} // namespace Seams::BoardGenerator
