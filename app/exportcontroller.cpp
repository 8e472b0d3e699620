#include "exportcontroller.h"

#include "workspace.h"

#include "model/board.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QSaveFile>
#include <QStringDecoder>

namespace Seams {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
    , m_format(Exporters::names().value(0))
{ }

void ExportController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::documentChanged, this, &ExportController::refresh);
    Q_EMIT workspaceChanged();
    refresh();
}

QVariantList ExportController::formats() const
{
    QVariantList result;
    for (const QString &name : Exporters::names()) {
        const std::unique_ptr<Exporter> exporter = Exporters::create(name);
        result.append(QVariantMap {{QStringLiteral("name"), name},
                                   {QStringLiteral("displayName"), exporter->displayName()}});
    }
    return result;
}

void ExportController::setFormat(const QString &format)
{
    if (m_format == format || !Exporters::create(format))
        return;
    m_format = format;
    Q_EMIT formatChanged();
    refresh();
}

std::unique_ptr<Exporter> ExportController::makeExporter() const
{
    std::unique_ptr<Exporter> exporter = Exporters::create(m_format);
    if (!exporter)
        return nullptr;
    // Options the exporter does not declare stay unset, as on the command line.
    const QStringList declared = exporter->options();
    ExportOptions options;
    if (declared.contains(QLatin1String("wave")))
        options.wave = m_options.wave;
    if (declared.contains(QLatin1String("listen")))
        options.listen = m_options.listen.trimmed();
    if (declared.contains(QLatin1String("dialect")))
        options.dialect = m_options.dialect;
    if (declared.contains(QLatin1String("layout")))
        options.layout = m_options.layout;
    exporter->setOptions(options);
    return exporter;
}

QStringList ExportController::optionNames() const
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(m_format);
    return exporter ? exporter->options() : QStringList();
}

bool ExportController::writesFolder() const
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(m_format);
    return exporter && exporter->shape() == Exporter::Shape::Folder;
}

QString ExportController::defaultFileName() const
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(m_format);
    return exporter ? exporter->defaultFileName() : QString();
}

void ExportController::setWave(int wave)
{
    const std::optional<int> value = wave < 0 ? std::nullopt : std::optional<int>(wave);
    if (m_options.wave == value)
        return;
    m_options.wave = value;
    Q_EMIT optionsChanged();
    refresh();
}

void ExportController::setListen(const QString &listen)
{
    if (m_options.listen == listen)
        return;
    m_options.listen = listen;
    Q_EMIT optionsChanged();
    refresh();
}

void ExportController::setDialect(const QString &dialect)
{
    if (m_options.dialect == dialect)
        return;
    m_options.dialect = dialect;
    Q_EMIT optionsChanged();
    refresh();
}

void ExportController::setLayout(const QString &layout)
{
    if (m_options.layout == layout)
        return;
    m_options.layout = layout;
    Q_EMIT optionsChanged();
    refresh();
}

void ExportController::setCurrentFile(int index)
{
    if (m_currentFile == index)
        return;
    m_currentFile = index;
    Q_EMIT currentFileChanged();
}

namespace {

/** Not text: a NUL byte or invalid UTF-8 (a PNG, for instance). */
bool isBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = utf8.decode(bytes);
    return utf8.hasError();
}

} // namespace

QString ExportController::currentText() const
{
    if (m_currentFile < 0 || m_currentFile >= m_files.size())
        return {};
    const auto file = std::next(m_files.cbegin(), m_currentFile);
    if (isBinary(file.value())) {
        return tr("%1 is a binary file (%n byte(s)): save it to open it.", nullptr,
                  int(file.value().size()))
            .arg(file.key());
    }
    return QString::fromUtf8(file.value());
}

void ExportController::refresh()
{
    const QString previousFile = files().value(m_currentFile);
    m_files.clear();
    m_findings.clear();
    m_errorString.clear();
    m_blocked = true;
    const std::unique_ptr<Exporter> exporter = makeExporter();
    const Document *document = m_workspace ? m_workspace->document() : nullptr;
    if (exporter && document) {
        const Board &board = *document->board();
        const QList<Finding> findings = exporter->checkAreas().isEmpty()
            ? QList<Finding>()
            : Checks::run(board, exporter->checkAreas());
        for (const Finding &finding : findings) {
            m_findings.append(QVariantMap {
                {QStringLiteral("severity"), Checks::severityKey(finding.severity)},
                {QStringLiteral("code"), finding.code},
                {QStringLiteral("message"), finding.message},
            });
        }
        MemoryOutput output;
        if (exporter->write(board, output) && output.finish()) {
            m_files = output.files();
            m_blocked = Checks::hasErrors(findings);
        } else {
            m_errorString = exporter->errorString();
        }
    }
    const qsizetype kept = files().indexOf(previousFile);
    m_currentFile = kept >= 0 ? int(kept) : 0;
    Q_EMIT previewChanged();
    Q_EMIT currentFileChanged();
}

void ExportController::copyCurrentFile() const
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || m_currentFile < 0 || m_currentFile >= m_files.size())
        return;
    const QByteArray bytes = std::next(m_files.cbegin(), m_currentFile).value();
    // An image goes to the clipboard as an image, not as the bytes of its file.
    if (const QImage image = QImage::fromData(bytes); isBinary(bytes) && !image.isNull())
        clipboard->setImage(image);
    else
        clipboard->setText(currentText());
}

QString ExportController::save(const QUrl &url)
{
    if (m_blocked) {
        return m_errorString.isEmpty() ? tr("Fix the errors listed in the dialog first.")
                                       : m_errorString;
    }
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    if (writesFolder()) {
        FolderOutput output(path);
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            QIODevice *device = output.open(it.key());
            if (!device)
                return output.errorString();
            if (device->write(it.value()) != it.value().size())
                return tr("cannot write %1: %2").arg(it.key(), device->errorString());
        }
        return output.finish() ? QString() : output.errorString();
    }
    QSaveFile file(path);
    const QByteArray bytes = m_files.value(defaultFileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Seams
