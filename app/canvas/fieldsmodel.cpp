#include "fieldsmodel.h"

#include "commands/document.h"

#include <QRegularExpression>

namespace Seams {

FieldsModel::FieldsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FieldsModel::setNote(Document *document, const QUuid &noteId)
{
    if (document == m_document && noteId == m_noteId)
        return;
    if (m_document)
        disconnect(m_document->board(), nullptr, this, nullptr);
    m_document = document;
    m_noteId = noteId;
    if (document) {
        connect(document->board(), &Board::noteChanged, this,
                [this](const QUuid &id, NoteChanges changes) {
                    if (id == m_noteId && changes & NoteChange::Fields)
                        reload();
                });
    }
    const int before = count();
    beginResetModel();
    const Note *note = document ? document->board()->note(noteId) : nullptr;
    m_fields = note ? note->fields : QList<Field>();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

void FieldsModel::reload()
{
    const Note *note = m_document ? m_document->board()->note(m_noteId) : nullptr;
    const QList<Field> fields = note ? note->fields : QList<Field>();
    if (fields.size() == m_fields.size()) {
        // Same rows: keep the delegates (and the focus in them).
        m_fields = fields;
        if (!m_fields.isEmpty())
            Q_EMIT dataChanged(index(0), index(count() - 1));
        return;
    }
    beginResetModel();
    m_fields = fields;
    endResetModel();
    Q_EMIT countChanged();
}

void FieldsModel::apply(const QList<Field> &fields)
{
    if (m_document && fields != m_fields)
        m_document->setNoteFields(m_noteId, fields);
}

void FieldsModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= count() || name.trimmed().isEmpty())
        return;
    QList<Field> fields = m_fields;
    fields[row].name = name.trimmed();
    apply(fields);
}

void FieldsModel::setType(int row, int type)
{
    const QList<FieldType> types
        = {FieldType::String, FieldType::Text,    FieldType::Integer,   FieldType::Decimal,
           FieldType::Money,  FieldType::Boolean, FieldType::Uuid,      FieldType::Timestamp,
           FieldType::Date,   FieldType::Enum,    FieldType::Reference, FieldType::Json};
    if (row < 0 || row >= count() || type < 0 || type >= types.size())
        return;
    QList<Field> fields = m_fields;
    fields[row].type = types.at(type);
    if (fields[row].type != FieldType::Reference)
        fields[row].reference = QUuid();
    if (fields[row].type != FieldType::Enum)
        fields[row].enumValues.clear();
    apply(fields);
}

void FieldsModel::setNullable(int row, bool nullable)
{
    if (row < 0 || row >= count())
        return;
    QList<Field> fields = m_fields;
    fields[row].nullable = nullable;
    apply(fields);
}

void FieldsModel::setReference(int row, const QString &aggregateId)
{
    if (row < 0 || row >= count())
        return;
    QList<Field> fields = m_fields;
    fields[row].reference = QUuid(aggregateId);
    if (!fields[row].reference.isNull())
        fields[row].type = FieldType::Reference;
    apply(fields);
}

void FieldsModel::setEnumValues(int row, const QString &values)
{
    if (row < 0 || row >= count())
        return;
    QStringList list;
    for (const QString &value : values.split(QRegularExpression(QStringLiteral("[,\\n]")))) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !list.contains(trimmed))
            list.append(trimmed);
    }
    QList<Field> fields = m_fields;
    fields[row].enumValues = list;
    apply(fields);
}

void FieldsModel::addField()
{
    if (!m_document || !m_document->board()->containsNote(m_noteId))
        return;
    QStringList names;
    for (const Field &field : std::as_const(m_fields))
        names.append(field.name);
    int number = int(m_fields.size()) + 1;
    while (names.contains(QStringLiteral("field%1").arg(number)))
        ++number;
    QList<Field> fields = m_fields;
    Field field;
    field.name = QStringLiteral("field%1").arg(number);
    fields.append(field);
    apply(fields);
}

void FieldsModel::removeField(int row)
{
    if (row < 0 || row >= count())
        return;
    QList<Field> fields = m_fields;
    fields.removeAt(row);
    apply(fields);
}

void FieldsModel::moveField(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    QList<Field> fields = m_fields;
    fields.move(from, to);
    apply(fields);
}

int FieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return field.name;
    case TypeRole:
        return int(field.type);
    case NullableRole:
        return field.nullable;
    case ReferenceRole:
        return field.reference.isNull() ? QString()
                                        : field.reference.toString(QUuid::WithoutBraces);
    case ReferenceNameRole: {
        const Note *target = m_document ? m_document->board()->note(field.reference) : nullptr;
        return target ? target->text : QString();
    }
    case EnumValuesRole:
        return field.enumValues.join(QStringLiteral(", "));
    }
    return {};
}

QHash<int, QByteArray> FieldsModel::roleNames() const
{
    return {{NameRole, "name"},
            {TypeRole, "fieldType"},
            {NullableRole, "nullable"},
            {ReferenceRole, "reference"},
            {ReferenceNameRole, "referenceName"},
            {EnumValuesRole, "enumValues"}};
}

} // namespace Seams
