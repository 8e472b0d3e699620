#pragma once

#include "exporter.h"

#include "model/boundedcontext.h"

namespace Seams {

/** `seams export sql`: one folder per context with its own database (database per service),
 *  named after the database ("orders_db/"): bootstrap.sql, the first migration (Flyway or
 *  golang-migrate naming) and a README. Contexts being extracted or extracted get one;
 *  contexts still in the monolith keep using the monolith's database, unless --wave N
 *  plans them for a wave up to N. The dialect is each context's engine unless --dialect
 *  says otherwise. */
class SqlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::SqlExporter)

public:
    QString name() const override { return QStringLiteral("sql"); }
    QString displayName() const override { return tr("Database schemas (SQL)"); }
    QString defaultFileName() const override { return QStringLiteral("databases"); }
    Shape shape() const override { return Shape::Folder; }
    QStringList options() const override
    {
        return {QStringLiteral("dialect"), QStringLiteral("layout"), QStringLiteral("wave")};
    }
    QStringList checkAreas() const override { return {QStringLiteral("database")}; }
    QString optionsError() const override;

    bool write(const Board &board, ExportOutput &output) override;

    /** The contexts that get a database: extracting or extracted ones, or with a wave given,
     *  those planned for waves 1 to `wave`; sorted by name. */
    static QList<const BoundedContext *> contextsWithDatabase(const Board &board,
                                                              std::optional<int> wave);

private:
    QByteArray overview(const Board &board, const QList<const BoundedContext *> &exported) const;
};

} // namespace Seams
