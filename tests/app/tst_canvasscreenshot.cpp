// The sample board rendered by the real app in a private Xvfb, with the software backend
// and with llvmpipe, zoomed in (note items) and zoomed out (the painted overview): the
// screenshot is not blank and each kind's colour is where its notes are. The PNGs stay in
// the build folder (tests/screenshots/) for a human to look at.

#include "canvastestsupport.h"
#include "virtualdisplay.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Seams;
using namespace Seams::TestSupport;

class tst_CanvasScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kindsAreWhereTheirNotesAre_data();
    void kindsAreWhereTheirNotesAre();

private:
    QTemporaryDir m_folder;
    VirtualDisplay m_display;
    QString m_board;
    Board m_sample;
};

void tst_CanvasScreenshot::initTestCase()
{
    if (!VirtualDisplay::isAvailable())
        QSKIP("Xvfb is not installed");
    QString error;
    QVERIFY2(m_display.start(QStringLiteral("1600x1000"), &error), qPrintable(error));
    QVERIFY(loadSample(&m_sample));
    m_board = m_folder.filePath(QStringLiteral("shop.seams"));
    StorageError storageError;
    QVERIFY(ProjectFile::create(m_board, m_sample, false, &storageError));
}

void tst_CanvasScreenshot::kindsAreWhereTheirNotesAre_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("theme");
    // Note items at 45% (above the level of detail), the painted overview at 30%.
    QTest::newRow("software, notes") << "software"
                                     << "0.45,1100,620"
                                     << "light";
    QTest::newRow("software, overview") << "software"
                                        << "0.3,1200,560"
                                        << "light";
    QTest::newRow("llvmpipe, notes") << "llvmpipe"
                                     << "0.45,1100,620"
                                     << "dark";
    QTest::newRow("llvmpipe, overview") << "llvmpipe"
                                        << "0.3,1200,560"
                                        << "dark";
}

void tst_CanvasScreenshot::kindsAreWhereTheirNotesAre()
{
    QFETCH(QString, backend);
    QFETCH(QString, view);
    QFETCH(QString, theme);
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(folder);
    const QString png = QStringLiteral("%1/%2.png")
                            .arg(folder,
                                 QString::fromLatin1(QTest::currentDataTag())
                                     .replace(QLatin1String(", "), QLatin1String("-")));
    QFile::remove(png);

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display.display());
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder.filePath("config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_folder.filePath("data"));
    environment.insert(QStringLiteral("SEAMS_CANVAS_VIEW"), view);
    environment.insert(QStringLiteral("SEAMS_THEME"), theme);
    environment.insert(QStringLiteral("SEAMS_CANVAS_SCREENSHOT"), png);
    if (backend == QLatin1String("software"))
        environment.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    else
        environment.insert(QStringLiteral("LIBGL_ALWAYS_SOFTWARE"), QStringLiteral("1"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SEAMS_BINARY), {m_board});
    QVERIFY(app.waitForFinished(60000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QFile jsonFile(png + QStringLiteral(".json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject placement = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QPointF canvas(placement.value("canvasX").toDouble(),
                         placement.value("canvasY").toDouble());
    const qreal zoom = placement.value("zoom").toDouble();
    const QPointF origin(placement.value("originX").toDouble(),
                         placement.value("originY").toDouble());
    const qreal ratio = placement.value("ratio").toDouble(1);

    // Not blank: plenty of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));

    // Each kind: pixels just inside the top-left corner of its notes that are on screen (and
    // not under an overlay) have the kind's colour.
    const QRectF canvasRect(
        canvas,
        QSizeF(image.width() - canvas.x() - 340 * ratio, image.height() - canvas.y() - 60 * ratio));
    // Overlays on the board: the phase timer top right, the zoom controls bottom left and
    // the minimap bottom right (generous boxes, in pixels).
    const QList<QRectF> overlays
        = {QRectF(canvasRect.right() - 320 * ratio, canvasRect.top(), 320 * ratio, 90 * ratio),
           QRectF(canvasRect.left(), canvasRect.bottom() - 70 * ratio, 220 * ratio, 70 * ratio),
           QRectF(canvasRect.right() - 270 * ratio, canvasRect.bottom() - 180 * ratio, 270 * ratio,
                  180 * ratio)};
    // Labels (relationships, frame names) may sit on a note here and there: every kind must
    // show its colour on its notes, and nearly all probes must match.
    QSet<NoteKind> seen;
    int probes = 0;
    QStringList mismatches;
    for (const Note &note : m_sample.notes()) {
        const QPointF corner = canvas + (note.geometry.topLeft() - origin) * zoom * ratio;
        const QPointF probe = corner + QPointF(5, 5) * ratio;
        const QRectF onScreen(corner, note.geometry.size() * zoom * ratio);
        if (!canvasRect.contains(onScreen)
            || std::any_of(overlays.cbegin(), overlays.cend(),
                           [&](const QRectF &overlay) { return overlay.intersects(onScreen); }))
            continue;
        ++probes;
        const QColor actual = image.pixelColor(probe.toPoint());
        const QColor expected = noteKindColor(note.kind);
        const int distance = std::abs(actual.red() - expected.red())
            + std::abs(actual.green() - expected.green())
            + std::abs(actual.blue() - expected.blue());
        if (distance <= 24)
            seen.insert(note.kind);
        else
            mismatches.append(QStringLiteral("%1 \"%2\" at %3,%4: %5 instead of %6")
                                  .arg(toKey(note.kind), note.text)
                                  .arg(probe.x())
                                  .arg(probe.y())
                                  .arg(actual.name(), expected.name()));
    }
    // The views are chosen so that every kind has notes fully on screen.
    QVERIFY2(seen.size() == 8, qPrintable(mismatches.join(QLatin1Char('\n'))));
    QVERIFY2(probes >= 20 && mismatches.size() * 10 <= probes,
             qPrintable(mismatches.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CanvasScreenshot)
#include "tst_canvasscreenshot.moc"
