// Qt Quick Test runner of the canvas QML tests (tst_*.qml here). The set-up hands the QML a
// real Workspace over a copy of the sample board in a temporary folder, through the
// "SeamsTest" singleton below.

#include "commands/document.h"
#include "preferences.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"
#include "workspace.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(SeamsPlugin)

namespace {

/** What the QML tests need beyond the app's own API: a fresh board per test, and read-only
 *  looks at the board to assert on. */
class TestSupport : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Seams::Workspace *workspace READ workspace CONSTANT)
    Q_PROPERTY(Seams::Preferences *preferences READ preferences CONSTANT)

public:
    TestSupport()
        : m_workspace(&m_preferences)
    {
        m_preferences.setUntitledFolder(m_folder.filePath(QStringLiteral("untitled")));
    }

    Seams::Workspace *workspace() { return &m_workspace; }
    Seams::Preferences *preferences() { return &m_preferences; }

    /** Opens a fresh copy of the sample board ("sample") or an empty one ("empty"). */
    Q_INVOKABLE bool reset(const QString &kind = QStringLiteral("sample"))
    {
        Seams::Board board;
        if (kind == QLatin1String("sample")) {
            QFile file(QStringLiteral(":/samples/shop.json"));
            QString error;
            if (!file.open(QIODevice::ReadOnly)
                || !Seams::BoardJson::read(file.readAll(), &board, &error))
                return false;
        }
        const QString path = m_folder.filePath(QStringLiteral("board-%1.seams").arg(++m_boards));
        Seams::StorageError error;
        if (!Seams::ProjectFile::create(path, board, true, &error))
            return false;
        return m_workspace.openFile(path).isEmpty();
    }

    Q_INVOKABLE QString noteId(const QString &text) const
    {
        for (const Seams::Note &note : board()->notes()) {
            if (note.text == text)
                return note.id.toString(QUuid::WithoutBraces);
        }
        return {};
    }
    Q_INVOKABLE QRectF noteRect(const QString &id) const
    {
        const Seams::Note *note = board()->note(QUuid(id));
        return note ? note->geometry : QRectF();
    }
    Q_INVOKABLE QString noteText(const QString &id) const
    {
        const Seams::Note *note = board()->note(QUuid(id));
        return note ? note->text : QString();
    }
    Q_INVOKABLE int noteKind(const QString &id) const
    {
        const Seams::Note *note = board()->note(QUuid(id));
        return note ? int(note->kind) : -1;
    }
    /** The name of the note's context, "" outside every context. */
    Q_INVOKABLE QString noteContext(const QString &id) const
    {
        const Seams::Note *note = board()->note(QUuid(id));
        const Seams::BoundedContext *context = note ? board()->context(note->contextId) : nullptr;
        return context ? context->name : QString();
    }
    Q_INVOKABLE QString contextId(const QString &name) const
    {
        for (const Seams::BoundedContext &context : board()->contexts()) {
            if (context.name == name)
                return context.id.toString(QUuid::WithoutBraces);
        }
        return {};
    }
    Q_INVOKABLE QRectF contextRect(const QString &id) const
    {
        const Seams::BoundedContext *context = board()->context(QUuid(id));
        return context ? context->geometry : QRectF();
    }
    Q_INVOKABLE int noteCount() const { return board()->noteCount(); }
    Q_INVOKABLE int linkCount() const { return int(board()->links().size()); }
    Q_INVOKABLE int relationshipCount() const { return int(board()->relationships().size()); }
    /** The undo stack's index: how many steps can be undone. */
    Q_INVOKABLE int undoIndex() const { return m_workspace.document()->undoStack()->index(); }
    /** The whole board as its JSON form, to compare states. */
    Q_INVOKABLE QString boardJson() const
    {
        return QString::fromUtf8(Seams::BoardJson::write(*board()));
    }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

private:
    Seams::Board *board() const { return m_workspace.document()->board(); }

    QTemporaryDir m_folder;
    Seams::Preferences m_preferences;
    Seams::Workspace m_workspace;
    int m_boards = 0;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // Recent files and preferences go to Qt's test location, not the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        m_support = std::make_unique<TestSupport>();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Tests only: the app itself takes its Workspace as a required property.
        static bool registered = false;
        if (!registered) {
            qmlRegisterSingletonInstance("SeamsTest", 1, 0, "TestSupport", m_support.get());
            registered = true;
        }
        m_support->reset();
    }

    void cleanupTestCase() { m_support.reset(); }

private:
    std::unique_ptr<TestSupport> m_support;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(canvas, Setup)

#include "tst_canvasqml.moc"
