#include "analysis/findings.h"
#include "model/board.h"
#include "testsupport.h"

#include <QTest>

using namespace Seams;
using namespace Seams::TestSupport;

using BoardSetup = std::function<void(Board *)>;
Q_DECLARE_METATYPE(BoardSetup)
Q_DECLARE_METATYPE(Seams::Finding::Severity)

namespace {

BoundedContext context(int number, const QString &name, MigrationStatus status = {}, int wave = 0)
{
    BoundedContext context;
    context.id = testId(0xc, number);
    context.name = name;
    context.geometry = QRectF(number * 1000, 0, 900, 900);
    context.color = QColor(0x4e, 0x79, 0xa7);
    context.handoff.status = status;
    context.handoff.wave = wave;
    return context;
}

Note note(int number, NoteKind kind, const QString &text, int contextNumber = 1,
          QList<Field> fields = {})
{
    Note note;
    note.id = testId(0xa, number);
    note.kind = kind;
    note.text = text;
    note.geometry = QRectF(contextNumber * 1000 + 10 * number, 10, 140, 100);
    note.contextId = contextNumber ? testId(0xc, contextNumber) : QUuid();
    note.fields = std::move(fields);
    return note;
}

/** A board that passes every model check: the base each case breaks in one way. */
void cleanBoard(Board *board)
{
    board->insertContext(
        context(1, QStringLiteral("Order Context"), MigrationStatus::Extracted, 1));
    board->insertNote(note(1, NoteKind::Aggregate, QStringLiteral("Order"), 1,
                           {Field {QStringLiteral("id"), FieldType::Uuid, false, {}, {}}}));
    board->insertNote(note(2, NoteKind::Command, QStringLiteral("Place Order")));
}

Field field(const QString &name, FieldType type = FieldType::String)
{
    return Field {name, type, false, {}, {}};
}

} // namespace

class tst_ModelRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanBoardHasNoFindings();
    void eachRule_data();
    void eachRule();
    void sampleHasOnlyItsHotspots();
    void findingsAreSortedAndAreaFiltered();
};

void tst_ModelRules::cleanBoardHasNoFindings()
{
    Board board;
    cleanBoard(&board);
    QCOMPARE(Checks::run(board, {QStringLiteral("model")}).size(), 0);
    QVERIFY(Checks::areas().contains(QStringLiteral("model")));
}

void tst_ModelRules::eachRule_data()
{
    QTest::addColumn<BoardSetup>("breakIt");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Finding::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QList<QUuid>>("items");
    using S = Finding::Severity;
    const QUuid c1 = testId(0xc, 1);
    const QUuid a1 = testId(0xa, 1);

    QTest::newRow("unnamed context")
        << BoardSetup([](Board *b) { b->insertContext(context(2, QStringLiteral(" \t "))); })
        << "model.context-unnamed" << S::Error << "A bounded context has no name."
        << QList<QUuid> {testId(0xc, 2)};
    QTest::newRow("duplicate context name")
        << BoardSetup(
               [](Board *b) { b->insertContext(context(2, QStringLiteral("order context"))); })
        << "model.context-duplicate-name" << S::Error
        << "Two bounded contexts are both named \u201corder context\u201d."
        << QList<QUuid> {c1, testId(0xc, 2)};
    QTest::newRow("extracting without a wave")
        << BoardSetup([](Board *b) {
               b->insertContext(context(2, QStringLiteral("Payment"), MigrationStatus::Extracting));
           })
        << "model.context-no-wave" << S::Warning
        << "Context \u201cPayment\u201d is extracting but has no migration wave."
        << QList<QUuid> {testId(0xc, 2)};
    QTest::newRow("unnamed field") << BoardSetup([](Board *b) {
        b->setNoteFields(testId(0xa, 1), {field(QStringLiteral("id")), field(QStringLiteral(" "))});
    }) << "model.field-unnamed" << S::Error
                                   << "Aggregate \u201cOrder\u201d in \u201cOrder Context\u201d "
                                      "has a field without a name."
                                   << QList<QUuid> {a1};
    QTest::newRow("duplicate field")
        << BoardSetup([](Board *b) {
               b->setNoteFields(testId(0xa, 1),
                                {field(QStringLiteral("Total")), field(QStringLiteral("total "))});
           })
        << "model.field-duplicate" << S::Error
        << "Aggregate \u201cOrder\u201d in \u201cOrder Context\u201d has two fields named "
           "\u201ctotal\u201d."
        << QList<QUuid> {a1};
    QTest::newRow("enum without values")
        << BoardSetup([](Board *b) {
               b->setNoteFields(testId(0xa, 1), {field(QStringLiteral("state"), FieldType::Enum)});
           })
        << "model.field-enum-empty" << S::Error
        << "Field \u201cstate\u201d of Aggregate \u201cOrder\u201d in \u201cOrder Context\u201d is "
           "an enumeration without values."
        << QList<QUuid> {a1};
    QTest::newRow("reference to nothing")
        << BoardSetup([](Board *b) {
               b->setNoteFields(testId(0xa, 1),
                                {field(QStringLiteral("customer"), FieldType::Reference)});
           })
        << "model.field-reference-missing" << S::Error
        << "Field \u201ccustomer\u201d of Aggregate \u201cOrder\u201d in \u201cOrder Context\u201d "
           "refers to no aggregate."
        << QList<QUuid> {a1};
    QTest::newRow("reference to a command")
        << BoardSetup([](Board *b) {
               Field reference = field(QStringLiteral("cmd"), FieldType::Reference);
               reference.reference = testId(0xa, 2);
               b->setNoteFields(testId(0xa, 1), {reference});
           })
        << "model.field-reference-missing" << S::Error
        << "Field \u201ccmd\u201d of Aggregate \u201cOrder\u201d in \u201cOrder Context\u201d "
           "refers to no aggregate."
        << QList<QUuid> {a1};
    QTest::newRow("fields on a command")
        << BoardSetup(
               [](Board *b) { b->setNoteFields(testId(0xa, 2), {field(QStringLiteral("x"))}); })
        << "model.fields-ignored" << S::Warning
        << "Command \u201cPlace Order\u201d in \u201cOrder Context\u201d has fields, but only "
           "aggregates and domain events use them."
        << QList<QUuid> {testId(0xa, 2)};
    QTest::newRow("empty note") << BoardSetup([](Board *b) {
        b->setNoteText(testId(0xa, 2), QStringLiteral(" \n "));
    }) << "model.note-empty" << S::Warning
                                << "A command note has no text." << QList<QUuid> {testId(0xa, 2)};
    QTest::newRow("aggregate outside every context")
        << BoardSetup([](Board *b) { b->setNoteContext(testId(0xa, 1), {}); })
        << "model.aggregate-without-context" << S::Warning
        << "Aggregate \u201cOrder\u201d belongs to no bounded context." << QList<QUuid> {a1};
    QTest::newRow("hotspot")
        << BoardSetup([](Board *b) {
               b->insertNote(note(3, NoteKind::Hotspot,
                                  QStringLiteral("Who owns refunds? A very long "
                                                 "question that goes on and on "
                                                 "beyond sixty characters")));
           })
        << "model.hotspot" << S::Info
        << "Open hotspot: Hotspot \u201cWho owns refunds? A very long question that goes on and "
           "o...\u201d in \u201cOrder Context\u201d."
        << QList<QUuid> {testId(0xa, 3)};
}

void tst_ModelRules::eachRule()
{
    QFETCH(BoardSetup, breakIt);
    QFETCH(QString, code);
    QFETCH(Finding::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QList<QUuid>, items);
    Board board;
    cleanBoard(&board);
    breakIt(&board);
    const QList<Finding> findings = Checks::run(board, {QStringLiteral("model")});
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.area, QStringLiteral("model"));
    QCOMPARE(finding.severity, severity);
    QCOMPARE(finding.message, message);
    QCOMPARE(finding.items, items);
    QCOMPARE(Checks::hasErrors(findings), severity == Finding::Severity::Error);
}

void tst_ModelRules::sampleHasOnlyItsHotspots()
{
    Board sample;
    loadSample(&sample);
    const QList<Finding> findings = Checks::run(sample, {QStringLiteral("model")});
    QVERIFY(!Checks::hasErrors(findings));
    QCOMPARE(findings.size(), 2); // the two open questions of the workshop
    for (const Finding &finding : findings) {
        QCOMPARE(finding.code, QStringLiteral("model.hotspot"));
        QCOMPARE(finding.severity, Finding::Severity::Info);
    }
}

void tst_ModelRules::findingsAreSortedAndAreaFiltered()
{
    Board board;
    cleanBoard(&board);
    board.insertNote(note(3, NoteKind::Hotspot, QStringLiteral("?")));
    board.setNoteText(testId(0xa, 2), QString());
    board.insertContext(context(2, QString()));
    const QList<Finding> findings = Checks::run(board, {QStringLiteral("model")});
    QStringList keys;
    for (const Finding &finding : findings)
        keys.append(Checks::severityKey(finding.severity) + QLatin1Char(' ') + finding.code);
    QCOMPARE(keys,
             (QStringList {"error model.context-unnamed", "warning model.note-empty",
                           "info model.hotspot"}));
    QCOMPARE(Checks::run(board, {QStringLiteral("no-such-area")}).size(), 0);
}

QTEST_GUILESS_MAIN(tst_ModelRules)
#include "tst_modelrules.moc"
