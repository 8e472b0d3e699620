#include "export/yaml.h"

#include <QTest>

using namespace Seams;

/** Yaml::emit and Yaml::text: board text must come back as the same string, whatever it
 *  looks like, while numbers and booleans the exporters set on purpose stay plain. */
class tst_Yaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRoundTrips_data();
    void textRoundTrips();
    void plainScalarsStayPlain();
    void keysAreQuotedToo();
    void commentCannotEscape();
};

void tst_Yaml::textRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("quoted");
    // Each of these was written plain before text() existed, and read back as a non-string.
    QTest::newRow("boolean") << "true" << true;
    QTest::newRow("yaml 1.1 boolean") << "Yes" << true;
    QTest::newRow("null") << "null" << true;
    QTest::newRow("integer") << "404" << true;
    QTest::newRow("float") << "1.5" << true;
    QTest::newRow("hex") << "0x1F" << true;
    QTest::newRow("infinity") << ".inf" << true;
    QTest::newRow("date") << "2024-01-01" << true;
    QTest::newRow("merge key") << "<<" << true;
    QTest::newRow("version") << "3.1.0" << true;
    QTest::newRow("ref") << "#/components/schemas/Order" << true;
    QTest::newRow("colon") << "a: b" << true;
    QTest::newRow("newline") << "two\nlines" << true;
    QTest::newRow("braces") << "{x}" << true;
    QTest::newRow("unicode") << QStringLiteral("Café ☕") << true;
    QTest::newRow("trailing space") << "order " << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("plain words") << "Place Order" << false;
    QTest::newRow("media type") << "application/json" << false;
    QTest::newRow("address") << "orders.placed" << false;
}

void tst_Yaml::textRoundTrips()
{
    QFETCH(QString, value);
    QFETCH(bool, quoted);
    YAML::Node root;
    root["value"] = Yaml::text(value);
    QString error;
    const QByteArray bytes = Yaml::emit(root, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes.startsWith("value: \""), quoted);
    const YAML::Node back = YAML::Load(bytes.toStdString());
    QCOMPARE(QString::fromStdString(back["value"].as<std::string>()), value);
    // yaml-cpp tags quoted scalars "!" and plain ones "?": a plain scalar is only written
    // when it cannot resolve to anything but a string.
    if (quoted)
        QCOMPARE(back["value"].Tag(), std::string("!"));
}

void tst_Yaml::plainScalarsStayPlain()
{
    YAML::Node root;
    root["port"] = 8000;
    root["enabled"] = true;
    root["status"] = "404";
    QString error;
    const QByteArray bytes = Yaml::emit(root, {}, &error);
    QCOMPARE(bytes, QByteArray("port: 8000\nenabled: true\nstatus: 404\n"));
}

void tst_Yaml::keysAreQuotedToo()
{
    YAML::Node properties(YAML::NodeType::Map);
    properties.force_insert(Yaml::text(QStringLiteral("2024-01-01")), Yaml::text("x"));
    properties.force_insert(Yaml::text(QStringLiteral("name")), Yaml::sequence({"on", "off"}));
    QString error;
    const QByteArray bytes = Yaml::emit(properties, {}, &error);
    QCOMPARE(bytes, QByteArray("\"2024-01-01\": x\nname:\n  - \"on\"\n  - \"off\"\n"));
}

void tst_Yaml::commentCannotEscape()
{
    YAML::Node root;
    root["a"] = 1;
    QString error;
    const QByteArray bytes = Yaml::emit(root,
                                        {QStringLiteral("line\ninjected: true"), QString(),
                                         QStringLiteral("a\u2028b: 1\u0085c\u2029d\re")},
                                        &error);
    QCOMPARE(bytes, QByteArray("# line injected: true\n#\n# a b: 1 c d e\na: 1\n"));
}

QTEST_GUILESS_MAIN(tst_Yaml)
#include "tst_yaml.moc"
