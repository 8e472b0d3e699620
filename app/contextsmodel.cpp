#include "contextsmodel.h"

#include "model/naming.h"

namespace Seams {

QVariant ContextsModel::data(const QModelIndex &index, int role) const
{
    const BoundedContext *context = board() ? board()->context(idAt(index)) : nullptr;
    if (!context)
        return {};
    switch (role) {
    case IdRole:
        return context->id.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case NameRole:
        return context->name;
    case ColorRole:
        return context->color;
    case XRole:
        return context->geometry.x();
    case YRole:
        return context->geometry.y();
    case WidthRole:
        return context->geometry.width();
    case HeightRole:
        return context->geometry.height();
    case ServiceNameRole:
        return Naming::resolve(*context, board()->settings()).serviceName;
    case StatusRole:
        return int(context->handoff.status);
    case StatusNameRole:
        return displayName(context->handoff.status);
    case WaveRole:
        return context->handoff.wave;
    }
    return {};
}

QHash<int, QByteArray> ContextsModel::roleNames() const
{
    return {{IdRole, "contextId"},       {NameRole, "name"},
            {ColorRole, "frameColor"},   {XRole, "frameX"},
            {YRole, "frameY"},           {WidthRole, "frameWidth"},
            {HeightRole, "frameHeight"}, {ServiceNameRole, "serviceName"},
            {StatusRole, "status"},      {StatusNameRole, "statusName"},
            {WaveRole, "wave"}};
}

void ContextsModel::connectBoard(Board *board)
{
    connect(board, &Board::contextAdded, this, &ContextsModel::itemAdded);
    connect(board, &Board::contextRemoved, this, &ContextsModel::itemRemoved);
    connect(board, &Board::contextChanged, this, [this](const QUuid &id) { itemChanged(id); });
    connect(board, &Board::settingsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ServiceNameRole});
    });
}

QList<QUuid> ContextsModel::allIds() const
{
    QList<QUuid> ids;
    for (const BoundedContext *context : board()->sortedContexts())
        ids.append(context->id);
    return ids;
}

} // namespace Seams
