#include "exporter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Seams {

bool Exporter::writeAll(QIODevice *device, const QByteArray &bytes)
{
    if (device->write(bytes) == bytes.size())
        return true;
    return fail(tr("cannot write: %1").arg(device->errorString()));
}

bool Exporter::writeFile(ExportOutput &output, const QString &relativePath, const QByteArray &bytes)
{
    QIODevice *device = output.open(relativePath);
    if (!device)
        return fail(output.errorString());
    if (device->write(bytes) == bytes.size())
        return true;
    return fail(tr("cannot write %1: %2").arg(relativePath, device->errorString()));
}

bool FileExporter::write(const Board &board, ExportOutput &output)
{
    QIODevice *device = output.open(defaultFileName());
    if (!device)
        return fail(output.errorString());
    return write(board, device);
}

QIODevice *MemoryOutput::open(const QString &relativePath)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->open(QIODevice::WriteOnly);
    QIODevice *device = buffer.get();
    m_buffers[relativePath] = std::move(buffer);
    return device;
}

QMap<QString, QByteArray> MemoryOutput::files() const
{
    QMap<QString, QByteArray> result;
    for (const auto &[path, device] : m_buffers)
        result.insert(path, static_cast<QBuffer *>(device.get())->data());
    return result;
}

FolderOutput::FolderOutput(const QString &folder)
    : m_folder(folder)
{ }

FolderOutput::~FolderOutput() = default; // uncommitted QSaveFiles discard their temporaries

QIODevice *FolderOutput::open(const QString &relativePath)
{
    const QString cleaned = QDir::cleanPath(relativePath);
    if (cleaned.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(cleaned)) {
        setErrorString(
            QCoreApplication::translate("Seams::Exporter", "refusing to write outside %1: %2")
                .arg(QDir::toNativeSeparators(m_folder), relativePath));
        return nullptr;
    }
    const QString path = QDir(m_folder).filePath(cleaned);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        setErrorString(
            QCoreApplication::translate("Seams::Exporter", "cannot create the folder of %1")
                .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        setErrorString(QCoreApplication::translate("Seams::Exporter", "cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file->errorString()));
        return nullptr;
    }
    QIODevice *device = file.get();
    m_files[cleaned] = std::move(file);
    return device;
}

bool FolderOutput::finish()
{
    for (auto &[path, device] : m_files) {
        auto *file = static_cast<QSaveFile *>(device.get());
        if (!file->commit()) {
            setErrorString(
                QCoreApplication::translate("Seams::Exporter", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
            return false;
        }
    }
    return true;
}

} // namespace Seams
