#pragma once

#include "model/board.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <optional>

namespace Seams {

/** A list of notes matching a text query or of one kind, in reading order (top to bottom,
 *  then left to right), with a current entry that next()/previous() walk through.
 *
 *  The canvas uses one for Ctrl+F search (matches are highlighted on the board) and one for
 *  the workshop's hotspot list. Board edits are coalesced: the list is rebuilt once per
 *  event-loop pass, however many notes an undo step touched. */
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        KindRole,
        KindNameRole,
        ColorRole,
        ContextNameRole,
    };
    Q_ENUM(Role)

    explicit NoteListModel(QObject *parent = nullptr);

    void setBoard(const Board *board);
    /** Lists every note of this kind (the query then narrows it); nullopt lists nothing
     *  until a query is set. */
    void setKindFilter(std::optional<NoteKind> kind);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_ids.size()); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    const QList<QUuid> &ids() const { return m_ids; }
    QSet<QUuid> idSet() const { return QSet<QUuid>(m_ids.cbegin(), m_ids.cend()); }

    /** Moves to the next (previous) entry, wrapping around; returns its id or "". */
    Q_INVOKABLE QString next();
    Q_INVOKABLE QString previous();
    Q_INVOKABLE QString idAt(int row) const;
    /** Rebuilds now instead of at the next event-loop pass. */
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void currentIndexChanged();
    /** The set of listed notes changed. */
    void idsChanged();

private:
    bool accepts(const Note &note) const;
    void scheduleRefresh();
    QString step(int delta);

    QPointer<const Board> m_board;
    std::optional<NoteKind> m_kind;
    QString m_query;
    QList<QUuid> m_ids;
    int m_current = -1;
    QTimer m_refreshTimer;
};

} // namespace Seams
