#pragma once

#include "itemsmodel.h"

#include <QQmlEngine>

namespace Seams {

/** The bounded contexts of the board, one row each, for frames and pickers. */
class ContextsModel : public ItemsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ColorRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        ServiceNameRole,
        StatusRole,
        StatusNameRole,
        WaveRole,
    };
    Q_ENUM(Role)

    using ItemsModel::ItemsModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void connectBoard(Board *board) override;
    QList<QUuid> allIds() const override;
};

} // namespace Seams
