#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Seams {

class Board;

/** Options an exporter may honour; which ones it does is listed by Exporter::options(). */
struct ExportOptions
{
    /** Export the state after this migration wave (contexts of waves <= N extracted). */
    std::optional<int> wave;
    /** Gateway listen address, e.g. ":8000"; empty means the board's setting. */
    QString listen;
    /** SQL dialect: "postgres", "mariadb", "sqlite"; empty means the board's default. */
    QString dialect;
    /** File layout of migrations: "flyway" (default) or "golang-migrate". */
    QString layout;
};

/** Where an exporter writes its files: a folder, memory (previews, tests) or stdout. */
class ExportOutput
{
public:
    virtual ~ExportOutput() = default;
    /** A device to write the file at `relativePath` ("orders_db/migrations/V1__init.sql").
     *  Owned by the output; null with errorString() set when it cannot be created. */
    virtual QIODevice *open(const QString &relativePath) = 0;
    /** Makes everything written visible (commits temporary files); false on any failure. */
    virtual bool finish() = 0;
    QString errorString() const { return m_errorString; }

protected:
    void setErrorString(const QString &message) { m_errorString = message; }

private:
    QString m_errorString;
};

/** One export target. Exporters are small classes writing to a QIODevice (or, for
 *  folder-shaped targets, to several); one caller owns the output and commits it. */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::Exporter)

public:
    enum class Shape {
        File, ///< one file: -o FILE, or stdout
        Folder, ///< several files: -o DIR is required
    };

    virtual ~Exporter() = default;

    /** The CLI name: `seams export <name>`. */
    virtual QString name() const = 0;
    /** Translated name for menus. */
    virtual QString displayName() const = 0;
    /** The file name (File) or folder name (Folder) suggested when saving. */
    virtual QString defaultFileName() const = 0;
    virtual Shape shape() const { return Shape::File; }
    /** Option names honoured: "wave", "listen", "dialect", "layout". */
    virtual QStringList options() const { return {}; }
    /** Areas of `seams check` whose errors make this export refuse (e.g. "gateway"). */
    virtual QStringList checkAreas() const { return {}; }
    /** Why the options given to setOptions() are unusable (a translated sentence naming the
     *  option and its value), or an empty string when they are fine. Checked before any
     *  board is read, so that a bad option is a usage error, not a failed export. */
    virtual QString optionsError() const { return {}; }

    /** Writes the board. On failure returns false with errorString() set. */
    virtual bool write(const Board &board, ExportOutput &output) = 0;

    void setOptions(const ExportOptions &options) { m_options = options; }
    const ExportOptions &exportOptions() const { return m_options; }
    QString errorString() const { return m_errorString; }

protected:
    bool fail(const QString &message)
    {
        m_errorString = message;
        return false;
    }
    /** Writes all of `bytes` to `device`; false with errorString() set when it cannot. */
    bool writeAll(QIODevice *device, const QByteArray &bytes);
    /** Writes one file of a folder-shaped export. */
    bool writeFile(ExportOutput &output, const QString &relativePath, const QByteArray &bytes);

private:
    ExportOptions m_options;
    QString m_errorString;
};

/** An exporter that writes a single file. */
class FileExporter : public Exporter
{
public:
    /** Writes the board to `device`, which is open for writing. */
    virtual bool write(const Board &board, QIODevice *device) = 0;

    bool write(const Board &board, ExportOutput &output) final;
};

/** The registry: one list serving the GUI's Export menu and `seams export`. */
namespace Exporters {

/** Names of all exporters, in menu order. */
QStringList names();
/** A fresh exporter, or null for an unknown name. */
std::unique_ptr<Exporter> create(const QString &name);

} // namespace Exporters

/** Keeps every file in memory: the export preview, the clipboard, tests. */
class MemoryOutput : public ExportOutput
{
public:
    QIODevice *open(const QString &relativePath) override;
    bool finish() override { return true; }
    /** Files by relative path, sorted. */
    QMap<QString, QByteArray> files() const;

private:
    std::map<QString, std::unique_ptr<QIODevice>> m_buffers;
};

/** Writes files under a folder, each through a QSaveFile, all committed by finish(). */
class FolderOutput : public ExportOutput
{
public:
    explicit FolderOutput(const QString &folder);
    ~FolderOutput() override;
    QIODevice *open(const QString &relativePath) override;
    bool finish() override;

private:
    QString m_folder;
    std::map<QString, std::unique_ptr<QIODevice>> m_files;
};

} // namespace Seams
