#pragma once

#include "itemsmodel.h"

#include <QQmlEngine>

namespace Seams {

/** The notes of the board, one row each, for QML delegates. */
class NotesModel : public ItemsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindNameRole,
        TextRole,
        ColorRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        ZRole,
        ContextIdRole,
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
