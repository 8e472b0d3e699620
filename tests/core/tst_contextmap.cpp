// The context map graph: DOT that cgraph parses back into the same nodes and edges, labels
// that survive hostile names, SVG and PNG of the expected size, and a German LC_NUMERIC
// that changes nothing.

#include "analysis/contextmap.h"
#include "model/board.h"
#include "model/naming.h"
#include "storage/boardjson.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <clocale>
#include <cstdio>

using namespace Seams;

namespace {

bool loadSample(Board *board)
{
    QFile file(QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json"));
    QString error;
    return file.open(QIODevice::ReadOnly) && BoardJson::read(file.readAll(), board, &error);
}

QString attribute(void *object, const char *name)
{
    return QString::fromUtf8(agget(object, const_cast<char *>(name)));
}

QString nodeName(Agnode_t *node)
{
    return QString::fromUtf8(agnameof(node));
}

/** "upstream->downstream label" of every edge of a parsed graph, sorted. */
QStringList edgesOf(Agraph_t *graph)
{
    QStringList edges;
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            edges.append(nodeName(agtail(edge)) + "->" + nodeName(aghead(edge)) + ' '
                         + attribute(edge, "label"));
        }
    }
    edges.sort();
    return edges;
}

QUuid addContext(Board *board, const QString &name, MigrationStatus status)
{
    BoundedContext context;
    context.id = QUuid::createUuid();
    context.name = name;
    context.geometry = QRectF(0, 0, 100, 100);
    context.color = QColor("#4e79a7");
    context.handoff.status = status;
    board->insertContext(context);
    return context.id;
}

void relate(Board *board, const QUuid &upstream, const QUuid &downstream,
            RelationshipPattern pattern, DataSync sync, const QString &description = {})
{
    Relationship relationship;
    relationship.id = QUuid::createUuid();
    relationship.upstreamId = upstream;
    relationship.downstreamId = downstream;
    relationship.pattern = pattern;
    relationship.sync = sync;
    relationship.description = description;
    board->insertRelationship(relationship);
}

} // namespace

class tst_ContextMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotParsesBack();
    void patterns_data();
    void patterns();
    void twoRelationshipsTwoEdges();
    void edgeLabelsKeepApart();
    void hostileNames();
    void deterministic();
    void svgAndPng();
    void emptyBoard();
    void germanNumericLocale();

private:
    /** The sample's DOT before anything was rendered in this process (the first test). */
    QByteArray m_dotBeforeAnyRender;
};

void tst_ContextMap::dotParsesBack()
{
    Board board;
    QVERIFY(loadSample(&board));
    QString error;
    m_dotBeforeAnyRender = ContextMap::dot(board);
    const Graphviz::Graph graph = Graphviz::read(m_dotBeforeAnyRender, &error);
    QVERIFY2(graph, qPrintable(error));
    QVERIFY(agisdirected(graph.get()));

    QSet<QString> nodes;
    for (Agnode_t *node = agfstnode(graph.get()); node; node = agnxtnode(graph.get(), node)) {
        nodes.insert(nodeName(node));
        const BoundedContext *context = board.context(QUuid(nodeName(node)));
        QVERIFY2(context, qPrintable(nodeName(node)));
        const QStringList label = attribute(node, "label").split(QStringLiteral("\\n"));
        QCOMPARE(label.size(), 3);
        QCOMPARE(label.at(0), context->name);
        QCOMPARE(label.at(1), Naming::resolve(*context, board.settings()).serviceName);
        QCOMPARE(attribute(node, "id"), "context-" + nodeName(node));
    }
    QCOMPARE(nodes.size(), board.contexts().size());

    QStringList expected;
    for (const Relationship *relationship : board.sortedRelationships()) {
        expected.append(relationship->upstreamId.toString(QUuid::WithoutBraces) + "->"
                        + relationship->downstreamId.toString(QUuid::WithoutBraces) + ' '
                        + abbreviation(relationship->pattern) + "\\n"
                        + sentenceName(relationship->sync));
    }
    expected.sort();
    QCOMPARE(edgesOf(graph.get()), expected);

    // Contexts still in the monolith sit in its cluster, the others outside it.
    Agraph_t *monolith = agsubg(graph.get(), const_cast<char *>("cluster_monolith"), 0);
    QVERIFY(monolith);
    QSet<QString> inMonolith;
    for (Agnode_t *node = agfstnode(monolith); node; node = agnxtnode(monolith, node))
        inMonolith.insert(nodeName(node));
    QSet<QString> expectedMonolith;
    for (const BoundedContext *context : board.sortedContexts()) {
        if (context->handoff.status == MigrationStatus::Monolith)
            expectedMonolith.insert(context->id.toString(QUuid::WithoutBraces));
    }
    QCOMPARE(inMonolith, expectedMonolith);
}

void tst_ContextMap::patterns_data()
{
    QTest::addColumn<RelationshipPattern>("pattern");
    QTest::addColumn<DataSync>("sync");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("upstreamDownstream");
    QTest::newRow("C/S") << RelationshipPattern::CustomerSupplier << DataSync::Events
                         << "C/S\\nevents" << true;
    QTest::newRow("CF") << RelationshipPattern::Conformist << DataSync::ReadReplica
                        << "CF\\nread replica" << true;
    QTest::newRow("ACL") << RelationshipPattern::AnticorruptionLayer << DataSync::ApiCalls
                         << "ACL\\nAPI calls" << true;
    QTest::newRow("OHS") << RelationshipPattern::OpenHostService << DataSync::None << "OHS" << true;
    QTest::newRow("PL") << RelationshipPattern::PublishedLanguage << DataSync::Events
                        << "PL\\nevents" << true;
    QTest::newRow("SK") << RelationshipPattern::SharedKernel << DataSync::None << "SK" << false;
    QTest::newRow("P") << RelationshipPattern::Partnership << DataSync::ApiCalls << "P\\nAPI calls"
                       << false;
}

void tst_ContextMap::patterns()
{
    QFETCH(RelationshipPattern, pattern);
    QFETCH(DataSync, sync);
    QFETCH(QString, label);
    QFETCH(bool, upstreamDownstream);
    Board board;
    const QUuid upstream = addContext(&board, "Up", MigrationStatus::Extracted);
    const QUuid downstream = addContext(&board, "Down", MigrationStatus::Extracting);
    relate(&board, upstream, downstream, pattern, sync);
    QString error;
    const Graphviz::Graph graph = Graphviz::read(ContextMap::dot(board), &error);
    QVERIFY2(graph, qPrintable(error));
    Agnode_t *tail
        = agnode(graph.get(), upstream.toString(QUuid::WithoutBraces).toLatin1().data(), 0);
    QVERIFY(tail);
    Agedge_t *edge = agfstout(graph.get(), tail);
    QVERIFY(edge);
    QCOMPARE(nodeName(aghead(edge)), downstream.toString(QUuid::WithoutBraces));
    QCOMPARE(attribute(edge, "label"), label);
    // U/D mark the ends of asymmetric patterns; shared kernel and partnership have none.
    QCOMPARE(attribute(edge, "taillabel"), upstreamDownstream ? "U" : "");
    QCOMPARE(attribute(edge, "headlabel"), upstreamDownstream ? "D" : "");
    QCOMPARE(attribute(edge, "dir"), upstreamDownstream ? "" : "none");
}

void tst_ContextMap::twoRelationshipsTwoEdges()
{
    Board board;
    const QUuid a = addContext(&board, "A", MigrationStatus::Extracted);
    const QUuid b = addContext(&board, "B", MigrationStatus::Extracted);
    relate(&board, a, b, RelationshipPattern::OpenHostService, DataSync::ApiCalls);
    relate(&board, a, b, RelationshipPattern::PublishedLanguage, DataSync::Events);
    QString error;
    const Graphviz::Graph graph = Graphviz::read(ContextMap::dot(board), &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(edgesOf(graph.get()).size(), 2);
}

void tst_ContextMap::edgeLabelsKeepApart()
{
    // Regression: with the monolith as a cluster, Catalog (inside) and Order (outside), which
    // relate in both directions, were put in one rank; both edges were drawn on one line and
    // their labels on top of each other ("C/S read replica events").
    Board board;
    QVERIFY(loadSample(&board));
    QString error;
    const QByteArray laidOut = ContextMap::render(board, "dot", &error);
    QVERIFY2(!laidOut.isEmpty(), qPrintable(error));
    const Graphviz::Graph graph = Graphviz::read(laidOut, &error);
    QVERIFY2(graph, qPrintable(error));
    // Each edge label's box, from its centre (lp, in points) and its text at 10 pt: about
    // 5.5 pt a character and 12 pt a line.
    QList<QPair<QString, QRectF>> boxes;
    for (Agnode_t *node = agfstnode(graph.get()); node; node = agnxtnode(graph.get(), node)) {
        for (Agedge_t *edge = agfstout(graph.get(), node); edge;
             edge = agnxtout(graph.get(), edge)) {
            const QStringList centre = attribute(edge, "lp").split(QLatin1Char(','));
            QCOMPARE(centre.size(), 2);
            const QStringList lines = attribute(edge, "label").split(QStringLiteral("\\n"));
            qsizetype longest = 0;
            for (const QString &line : lines)
                longest = std::max(longest, line.size());
            const QSizeF size(5.5 * longest, 12.0 * lines.size());
            const QPointF at(centre.at(0).toDouble(), centre.at(1).toDouble());
            boxes.append({lines.join(QLatin1Char(' ')),
                          QRectF(at - QPointF(size.width() / 2, size.height() / 2), size)});
        }
    }
    QCOMPARE(boxes.size(), board.relationships().size());
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes.at(i).second.intersects(boxes.at(j).second),
                     qPrintable(boxes.at(i).first + " / " + boxes.at(j).first));
    }
}

void tst_ContextMap::hostileNames()
{
    Board board;
    const QString name = QStringLiteral("Ordér \"Context\"; a\\b \\N \\G\n<b>R&D {#}");
    const QUuid a = addContext(&board, name, MigrationStatus::Extracted);
    const QUuid b = addContext(&board, QStringLiteral("用户"), MigrationStatus::Monolith);
    relate(&board, a, b, RelationshipPattern::AnticorruptionLayer, DataSync::Events,
           QStringLiteral("line\nbreak \"quoted\" \\l"));
    const QByteArray dot = ContextMap::dot(board);
    QString error;
    const Graphviz::Graph graph = Graphviz::read(dot, &error);
    QVERIFY2(graph, qPrintable(error + "\n" + QString::fromUtf8(dot)));
    Agnode_t *node = agnode(graph.get(), a.toString(QUuid::WithoutBraces).toLatin1().data(), 0);
    QVERIFY(node);
    // Backslashes are doubled, so Graphviz shows them instead of expanding \N or \G.
    QCOMPARE(attribute(node, "label").section(QStringLiteral("\\n"), 0, 0),
             QStringLiteral("Ordér \"Context\"; a\\\\b \\\\N \\\\G <b>R&D {#}"));

    const QByteArray svg = ContextMap::render(board, "svg", &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(texts.contains(QStringLiteral("Ordér \"Context\"; a\\b \\N \\G <b>R&D {#}")),
             qPrintable(texts.join(" | ")));
    QVERIFY(texts.contains(QStringLiteral("用户")));
}

void tst_ContextMap::deterministic()
{
    Board board;
    QVERIFY(loadSample(&board));
    const QByteArray dot = ContextMap::dot(board);
    QCOMPARE(ContextMap::dot(board), dot);
    // Regression: gvContext() changes the defaults of every later graph; an earlier test
    // rendered, and the DOT must not notice.
    QCOMPARE(dot, m_dotBeforeAnyRender);
    Board copy;
    QString error;
    QVERIFY(BoardJson::read(BoardJson::write(board), &copy, &error));
    QCOMPARE(ContextMap::dot(copy), dot);
    QCOMPARE(ContextMap::render(board, "svg", &error), ContextMap::render(copy, "svg", &error));
}

void tst_ContextMap::svgAndPng()
{
    Board board;
    QVERIFY(loadSample(&board));
    QString error;
    const QByteArray svg = ContextMap::render(board, "svg", &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QSet<QString> ids;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ids.insert(xml.attributes().value(QLatin1String("id")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const BoundedContext *context : board.sortedContexts())
        QVERIFY(ids.contains("context-" + context->id.toString(QUuid::WithoutBraces)));
    for (const Relationship *relationship : board.sortedRelationships())
        QVERIFY(ids.contains("relationship-" + relationship->id.toString(QUuid::WithoutBraces)));
    static const QRegularExpression size(
        QStringLiteral(R"(<svg width="(\d+)pt" height="(\d+)pt")"));
    const QRegularExpressionMatch match = size.match(QString::fromUtf8(svg));
    QVERIFY(match.hasMatch());
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    // Five contexts side by side in two ranks: wider than one box, smaller than a wall.
    QVERIFY2(width > 300 && width < 3000 && height > 200 && height < 3000,
             qPrintable(match.captured(0)));

    const QByteArray png = ContextMap::render(board, "png", &error);
    QVERIFY2(png.startsWith("\x89PNG"), qPrintable(error));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    // The PNG is drawn at Graphviz's 96 dpi: 4/3 pixels per point of the same layout.
    QVERIFY2(qAbs(image.width() - width * 4 / 3) <= 2 && qAbs(image.height() - height * 4 / 3) <= 2,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixelColor(x, y) != Qt::white;
    }
    QVERIFY2(inked > image.width() * image.height() / 50, "the PNG is nearly blank");
}

void tst_ContextMap::emptyBoard()
{
    Board board;
    QString error;
    QVERIFY(Graphviz::read(ContextMap::dot(board), &error));
    QVERIFY2(!ContextMap::render(board, "svg", &error).isEmpty(), qPrintable(error));
    QVERIFY2(!ContextMap::render(board, "png", &error).isEmpty(), qPrintable(error));
}

void tst_ContextMap::germanNumericLocale()
{
    // Graphviz reads and writes numbers with the C library's locale; "1.5" must not turn into
    // "1,5". Debian has no German locale by default: build one in a temporary folder.
    const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
    if (localedef.isEmpty() || !QFile::exists(QStringLiteral("/usr/share/i18n/locales/de_DE")))
        QSKIP("cannot build de_DE.UTF-8: localedef or the locales package is missing");
    QTemporaryDir locales;
    QProcess build;
    build.start(localedef, {"-i", "de_DE", "-f", "UTF-8", locales.filePath("de_DE.UTF-8")});
    QVERIFY(build.waitForFinished(60000));
    QCOMPARE(build.exitCode(), 0);

    Board board;
    QVERIFY(loadSample(&board));
    QString error;
    const QByteArray dot = ContextMap::dot(board);
    const QByteArray svg = ContextMap::render(board, "svg", &error);
    QVERIFY(!svg.isEmpty());

    qputenv("LOCPATH", locales.path().toLocal8Bit());
    QVERIFY(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"));
    char number[16];
    std::snprintf(number, sizeof number, "%.1f", 1.5);
    QCOMPARE(QByteArray(number), QByteArray("1,5")); // the locale is really active
    const QByteArray germanDot = ContextMap::dot(board);
    const QByteArray germanSvg = ContextMap::render(board, "svg", &error);
    const bool parses = bool(Graphviz::read(germanDot, &error));
    const QByteArray active = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, "C");
    qunsetenv("LOCPATH");
    QCOMPARE(active, QByteArray("de_DE.UTF-8")); // the guard gives the locale back
    QCOMPARE(germanDot, dot);
    QCOMPARE(germanSvg, svg);
    QVERIFY2(parses, qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ContextMap)
#include "tst_contextmap.moc"
