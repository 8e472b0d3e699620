#pragma once

#include "model/board.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace Seams {

class Document;

/** The fields of one aggregate (or the payload of one domain event) for the inspector's
 *  fields editor. Each edit replaces the note's field list through the Document: one undo
 *  step per edit. The model follows the note, so undo shows up here too. */
class FieldsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Inspector")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TypeRole, ///< the int of FieldType
        NullableRole,
        ReferenceRole, ///< the id of the referenced aggregate, or ""
        ReferenceNameRole,
        EnumValuesRole, ///< the values joined by ", "
    };
    Q_ENUM(Role)

    explicit FieldsModel(QObject *parent = nullptr);

    /** Shows the fields of a note; a null id or a document without that note empties it. */
    void setNote(Document *document, const QUuid &noteId);
    int count() const { return int(m_fields.size()); }

    Q_INVOKABLE void setName(int row, const QString &name);
    Q_INVOKABLE void setType(int row, int type);
    Q_INVOKABLE void setNullable(int row, bool nullable);
    Q_INVOKABLE void setReference(int row, const QString &aggregateId);
    /** Comma- or newline-separated values. */
    Q_INVOKABLE void setEnumValues(int row, const QString &values);
    /** Appends a field with a fresh name ("field1", ...). */
    Q_INVOKABLE void addField();
    Q_INVOKABLE void removeField(int row);
    Q_INVOKABLE void moveField(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();
    void apply(const QList<Field> &fields);

    QPointer<Document> m_document;
    QUuid m_noteId;
    QList<Field> m_fields;
};

} // namespace Seams
