#include "canvastestsupport.h"

#include "canvas/fieldsmodel.h"
#include "canvas/inspector.h"
#include "canvas/notelistmodel.h"
#include "canvas/selectionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Seams;
using namespace Seams::TestSupport;

class tst_Inspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void subjectFollowsSelection();
    void noteProperties();
    void fieldsEditor();
    void handoffWithDerivedPlaceholders();
    void relationships();
    void arrowLabel();

private:
    Board *board() const { return m_controller->board(); }
    QUndoStack *stack() const { return m_controller->document()->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CanvasController> m_controller;
    std::unique_ptr<Inspector> m_inspector;
};

void tst_Inspector::init()
{
    QVERIFY(openSampleCanvas(&m_folder, &m_workspace, &m_controller));
    m_inspector = std::make_unique<Inspector>();
    m_inspector->setController(m_controller.get());
}

void tst_Inspector::cleanup()
{
    m_inspector.reset();
    m_controller.reset();
    m_workspace.reset();
    m_folder.reset();
}

void tst_Inspector::subjectFollowsSelection()
{
    QSignalSpy changed(m_inspector.get(), &Inspector::changed);
    QCOMPARE(m_inspector->subject(), QStringLiteral("none"));
    const Note *a = noteByText(board(), "Place Order");
    const Note *b = noteByText(board(), "Order Placed");
    m_controller->selection()->selectNotes({a->id});
    QCOMPARE(m_inspector->subject(), QStringLiteral("note"));
    m_controller->selection()->selectNotes({b->id}, SelectionModel::Mode::Add);
    QCOMPARE(m_inspector->subject(), QStringLiteral("notes"));
    m_controller->selection()->selectContexts({board()->contexts().cbegin().key()});
    QCOMPARE(m_inspector->subject(), QStringLiteral("context"));
    m_controller->selection()->selectLink(board()->links().cbegin().key());
    QCOMPARE(m_inspector->subject(), QStringLiteral("link"));
    m_controller->selection()->selectRelationship(board()->relationships().cbegin().key());
    QCOMPARE(m_inspector->subject(), QStringLiteral("relationship"));
    QCOMPARE(changed.count(), 5);
}

void tst_Inspector::noteProperties()
{
    const Note *note = noteByText(board(), "Change Shipping Address");
    m_controller->selection()->selectNotes({note->id});
    QCOMPARE(m_inspector->noteText(), QStringLiteral("Change Shipping Address"));
    QCOMPARE(m_inspector->noteKind(), int(NoteKind::Command));
    QCOMPARE(m_inspector->noteContextName(), QStringLiteral("Order Context"));
    QVERIFY(!m_inspector->hasFields());
    QSignalSpy changed(m_inspector.get(), &Inspector::changed);
    const int steps = stack()->count();
    m_inspector->setHttp(QStringLiteral(" patch "), QStringLiteral("/api/orders/{id}/address "));
    QCOMPARE(board()->note(note->id)->http.method, QStringLiteral("PATCH"));
    QCOMPARE(m_inspector->httpPath(), QStringLiteral("/api/orders/{id}/address"));
    m_inspector->setNoteText(QStringLiteral("Change Address"));
    m_inspector->setNoteKind(int(NoteKind::Policy));
    QCOMPARE(board()->note(note->id)->kind, NoteKind::Policy);
    QCOMPARE(stack()->count(), steps + 3);
    QCOMPARE(changed.count(), 3); // the board told the panel each time
    m_inspector->setNoteKind(42); // out of range: ignored
    QCOMPARE(stack()->count(), steps + 3);
}

void tst_Inspector::fieldsEditor()
{
    const Note *order = noteByText(board(), "Order");
    const QUuid id = order->id;
    const QList<Field> original = order->fields;
    m_controller->selection()->selectNotes({id});
    QVERIFY(m_inspector->hasFields());
    FieldsModel *fields = m_inspector->fields();
    QAbstractItemModelTester tester(fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fields->count(), original.size());
    QCOMPARE(fields->index(0).data(FieldsModel::NameRole).toString(), original.first().name);

    const int steps = stack()->count();
    fields->addField();
    QCOMPARE(fields->count(), original.size() + 1);
    const int row = fields->count() - 1;
    QCOMPARE(fields->index(row).data(FieldsModel::NameRole).toString(),
             QStringLiteral("field%1").arg(row + 1));
    fields->setName(row, QStringLiteral(" status "));
    fields->setType(row, int(FieldType::Enum));
    fields->setEnumValues(row, QStringLiteral("placed, paid,,shipped\npaid"));
    fields->setNullable(row, true);
    const Field &added = board()->note(id)->fields.last();
    QCOMPARE(added.name, QStringLiteral("status"));
    QCOMPARE(added.type, FieldType::Enum);
    QCOMPARE(added.enumValues, QStringList({"placed", "paid", "shipped"}));
    QVERIFY(added.nullable);
    QCOMPARE(fields->index(row).data(FieldsModel::EnumValuesRole).toString(),
             QStringLiteral("placed, paid, shipped"));

    // A reference to another aggregate, by picking it.
    const Note *user = noteByText(board(), "User");
    fields->setReference(row, user->id.toString());
    QCOMPARE(board()->note(id)->fields.last().type, FieldType::Reference);
    QCOMPARE(fields->index(row).data(FieldsModel::ReferenceNameRole).toString(),
             QStringLiteral("User"));

    fields->moveField(row, 0);
    QCOMPARE(board()->note(id)->fields.first().name, QStringLiteral("status"));
    fields->removeField(0);
    QCOMPARE(board()->note(id)->fields.size(), original.size());
    QCOMPARE(stack()->count(), steps + 8); // one step per edit
    fields->setName(0, QStringLiteral("   ")); // blank names are refused
    QCOMPARE(stack()->count(), steps + 8);

    // Undo shows up in the editor.
    while (stack()->index() > steps)
        stack()->undo();
    QCOMPARE(board()->note(id)->fields, original);
    QCOMPARE(fields->count(), original.size());
    QCOMPARE(m_inspector->aggregates()->count(), 11);
}

void tst_Inspector::handoffWithDerivedPlaceholders()
{
    const BoundedContext *payment = contextByName(board(), "Payment Context");
    const QUuid id = payment->id;
    m_controller->selection()->selectContexts({id});
    QCOMPARE(m_inspector->contextName(), QStringLiteral("Payment Context"));
    QVariantMap derived = m_inspector->derived();
    QCOMPARE(derived.value("serviceName").toString(), QStringLiteral("payment-service"));
    QCOMPARE(derived.value("upstreamUrl").toString(),
             QStringLiteral("http://payment-service:8080"));
    QCOMPARE(derived.value("routePrefixes").toString(), QStringLiteral("/api/payments"));
    QCOMPARE(derived.value("databaseName").toString(), QStringLiteral("payments_db"));
    QCOMPARE(m_inspector->handoff().value("serviceName").toString(), QString());
    QCOMPARE(m_inspector->handoff().value("status").toInt(), int(MigrationStatus::Extracting));
    QCOMPARE(m_inspector->memberCount(), int(board()->memberIds(id).size()));

    m_inspector->setHandoffValue("serviceName", QStringLiteral(" billing "));
    m_inspector->setHandoffValue("routePrefixes",
                                 QStringLiteral("/api/payments, /api/refunds  /api/x"));
    m_inspector->setHandoffValue("databaseEngine", 1);
    m_inspector->setHandoffValue("status", 2);
    m_inspector->setHandoffValue("wave", 3);
    m_inspector->setHandoffValue("team", QStringLiteral("Payments"));
    const Handoff &handoff = board()->context(id)->handoff;
    QCOMPARE(handoff.serviceName, QStringLiteral("billing"));
    QCOMPARE(handoff.routePrefixes, QStringList({"/api/payments", "/api/refunds", "/api/x"}));
    QCOMPARE(handoff.databaseEngine, std::optional<DatabaseEngine>(DatabaseEngine::MariaDB));
    QCOMPARE(handoff.status, MigrationStatus::Extracted);
    QCOMPARE(handoff.wave, 3);
    QCOMPARE(handoff.team, QStringLiteral("Payments"));
    // Clearing an override brings the derived value back.
    m_inspector->setHandoffValue("serviceName", QString());
    m_inspector->setHandoffValue("databaseEngine", -1);
    QVERIFY(board()->context(id)->handoff.serviceName.isEmpty());
    QVERIFY(!board()->context(id)->handoff.databaseEngine);
    m_inspector->setHandoffValue("nonsense", 1); // unknown keys change nothing
    QCOMPARE(m_inspector->handoff().value("wave").toInt(), 3);

    // Renaming changes what is derived.
    m_inspector->setContextName(QStringLiteral("Billing Context"));
    QCOMPARE(m_inspector->derived().value("serviceName").toString(),
             QStringLiteral("billing-service"));
}

void tst_Inspector::relationships()
{
    const BoundedContext *catalog = contextByName(board(), "Catalog Context");
    const BoundedContext *user = contextByName(board(), "User Context");
    m_controller->selection()->selectContexts({catalog->id});
    const int before = int(m_inspector->contextRelationships().size());
    QVERIFY(m_inspector->otherContexts().size() == 4);
    m_inspector->addRelationship(user->id.toString(), false);
    QCOMPARE(m_inspector->subject(), QStringLiteral("relationship"));
    QCOMPARE(m_inspector->upstreamName(), QStringLiteral("User Context"));
    QCOMPARE(m_inspector->downstreamName(), QStringLiteral("Catalog Context"));
    m_inspector->setPattern(2);
    m_inspector->setSync(2);
    m_inspector->setRelationshipDescription(QStringLiteral(" translate users "));
    const Relationship *added
        = board()->relationship(m_controller->selection()->currentRelationship());
    QCOMPARE(added->pattern, RelationshipPattern::AnticorruptionLayer);
    QCOMPARE(added->sync, DataSync::Events);
    QCOMPARE(added->description, QStringLiteral("translate users"));
    m_inspector->swapRelationship();
    QCOMPARE(m_inspector->upstreamName(), QStringLiteral("Catalog Context"));
    QVERIFY(m_inspector->patternNames().at(2).contains(QStringLiteral("ACL")));
    m_controller->selection()->selectContexts({catalog->id});
    QCOMPARE(m_inspector->contextRelationships().size(), before + 1);
}

void tst_Inspector::arrowLabel()
{
    const QUuid link = board()->links().cbegin().key();
    m_controller->selection()->selectLink(link);
    QVERIFY(!m_inspector->linkSource().isEmpty());
    m_inspector->setLinkLabel(QStringLiteral(" triggers "));
    QCOMPARE(board()->link(link)->label, QStringLiteral("triggers"));
    QCOMPARE(m_inspector->linkLabel(), QStringLiteral("triggers"));
}

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
