#pragma once

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QQmlEngine>
#include <QVariantMap>

namespace Seams {

/** A read-only list of rows for the Analysis view (candidates, extraction order, import
 *  counts, comparison findings): each row is a map whose keys are the role names, fixed when
 *  the model is made, so delegates declare them as required properties. */
class AnalysisRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the AnalysisController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    AnalysisRowsModel(const QStringList &roles, QObject *parent = nullptr);

    /** Replaces every row (one reset). Keys outside the model's roles are ignored; missing
     *  ones read as undefined. */
    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

/** The coupling matrix between candidates, for a heat map: cell (row, column) is how many
 *  dependencies the row's candidate has on the column's. */
class CouplingModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the AnalysisController")
    /** The largest coupling off the diagonal (a double for QML's sake). */
    Q_PROPERTY(double maximum READ maximumValue NOTIFY maximumChanged)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        /** 0..1 on a logarithmic scale, so a few heavy couplings do not wash out the rest. */
        IntensityRole,
        DiagonalRole,
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(const QList<QList<qint64>> &matrix, const QStringList &names);
    qint64 maximum() const { return m_maximum; }
    double maximumValue() const { return double(m_maximum); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void maximumChanged();

private:
    QList<QList<qint64>> m_matrix;
    QStringList m_names;
    qint64 m_maximum = 0;
};

} // namespace Seams
