#include "analysismodels.h"

#include <cmath>

namespace Seams {

AnalysisRowsModel::AnalysisRowsModel(const QStringList &roles, QObject *parent)
    : QAbstractListModel(parent)
{
    for (const QString &role : roles)
        m_roles.append(role.toUtf8());
}

void AnalysisRowsModel::setRows(const QList<QVariantMap> &rows)
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

int AnalysisRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnalysisRowsModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole - 1;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || column < 0
        || column >= m_roles.size()) {
        if (role == Qt::DisplayRole && index.isValid() && index.row() < m_rows.size())
            return m_rows.at(index.row()).value(QString::fromUtf8(m_roles.value(0)));
        return {};
    }
    return m_rows.at(index.row()).value(QString::fromUtf8(m_roles.at(column)));
}

QHash<int, QByteArray> AnalysisRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_roles.at(i));
    return names;
}

void CouplingModel::setMatrix(const QList<QList<qint64>> &matrix, const QStringList &names)
{
    beginResetModel();
    m_matrix = matrix;
    m_names = names;
    qint64 maximum = 0;
    for (qsizetype row = 0; row < matrix.size(); ++row) {
        for (qsizetype column = 0; column < matrix.at(row).size(); ++column) {
            if (row != column)
                maximum = std::max(maximum, matrix.at(row).at(column));
        }
    }
    endResetModel();
    if (maximum != m_maximum) {
        m_maximum = maximum;
        Q_EMIT maximumChanged();
    }
}

int CouplingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.size());
}

int CouplingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.size());
}

QVariant CouplingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 value = m_matrix.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return value;
    case IntensityRole:
        return m_maximum > 0 && index.row() != index.column()
            ? std::log1p(double(value)) / std::log1p(double(m_maximum))
            : 0.0;
    case DiagonalRole:
        return index.row() == index.column();
    default:
        return {};
    }
}

QVariant CouplingModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_names.size())
        return {};
    return m_names.at(section);
}

QHash<int, QByteArray> CouplingModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {ValueRole, "value"},
            {IntensityRole, "intensity"},
            {DiagonalRole, "diagonal"}};
}

} // namespace Seams
