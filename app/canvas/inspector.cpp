#include "inspector.h"

#include "canvascontroller.h"
#include "commands/document.h"
#include "fieldsmodel.h"
#include "model/naming.h"
#include "notelistmodel.h"
#include "selectionmodel.h"

#include <QRegularExpression>

namespace Seams {

namespace {

template<typename Enum>
QStringList namesOf(const QList<Enum> &values)
{
    QStringList names;
    for (const Enum value : values)
        names.append(displayName(value));
    return names;
}

template<typename Enum>
std::optional<Enum> enumAt(int index, int count)
{
    if (index < 0 || index >= count)
        return std::nullopt;
    return static_cast<Enum>(index);
}

QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

const QList<MigrationStatus> statuses
    = {MigrationStatus::Monolith, MigrationStatus::Extracting, MigrationStatus::Extracted};
const QList<DatabaseEngine> engines
    = {DatabaseEngine::PostgreSQL, DatabaseEngine::MariaDB, DatabaseEngine::SQLite};
const QList<RelationshipPattern> patterns
    = {RelationshipPattern::CustomerSupplier,    RelationshipPattern::Conformist,
       RelationshipPattern::AnticorruptionLayer, RelationshipPattern::OpenHostService,
       RelationshipPattern::PublishedLanguage,   RelationshipPattern::SharedKernel,
       RelationshipPattern::Partnership};
const QList<DataSync> syncs
    = {DataSync::None, DataSync::ReadReplica, DataSync::Events, DataSync::ApiCalls};
const QList<FieldType> fieldTypes
    = {FieldType::String, FieldType::Text,    FieldType::Integer,   FieldType::Decimal,
       FieldType::Money,  FieldType::Boolean, FieldType::Uuid,      FieldType::Timestamp,
       FieldType::Date,   FieldType::Enum,    FieldType::Reference, FieldType::Json};

} // namespace

Inspector::Inspector(QObject *parent)
    : QObject(parent)
    , m_fields(new FieldsModel(this))
    , m_aggregates(new NoteListModel(this))
{
    m_aggregates->setKindFilter(NoteKind::Aggregate);
}

CanvasController *Inspector::controller() const
{
    return m_controller;
}

void Inspector::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        disconnect(m_controller->selection(), nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &CanvasController::boardChanged, this, &Inspector::attach);
        connect(controller->selection(), &SelectionModel::changed, this, &Inspector::refresh);
    }
    attach();
    Q_EMIT controllerChanged();
}

Document *Inspector::document() const
{
    return m_controller ? m_controller->document() : nullptr;
}

void Inspector::attach()
{
    if (m_document)
        disconnect(m_document->board(), nullptr, this, nullptr);
    m_document = document();
    if (m_document) {
        Board *board = m_document->board();
        // Any change to what is shown refreshes the panel; changes elsewhere do not.
        connect(board, &Board::noteChanged, this, [this](const QUuid &id) {
            if (id == singleNote())
                Q_EMIT changed();
        });
        connect(board, &Board::contextChanged, this, [this](const QUuid &id) {
            if (id == singleContext())
                Q_EMIT changed();
        });
        connect(board, &Board::linkChanged, this, [this](const QUuid &id) {
            if (id == singleLink())
                Q_EMIT changed();
        });
        for (auto signal :
             {&Board::relationshipAdded, &Board::relationshipRemoved, &Board::relationshipChanged,
              &Board::contextAdded, &Board::contextRemoved})
            connect(board, signal, this, &Inspector::changed);
        connect(board, &Board::settingsChanged, this, &Inspector::changed);
    }
    m_aggregates->setBoard(m_document ? m_document->board() : nullptr);
    refresh();
}

void Inspector::refresh()
{
    m_fields->setNote(document(), hasFields() ? singleNote() : QUuid());
    Q_EMIT changed();
}

QUuid Inspector::singleNote() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->noteCount() == 1 && selection->contextCount() == 0
        ? selection->currentNote()
        : QUuid();
}

QUuid Inspector::singleContext() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->contextCount() == 1 && selection->noteCount() == 0
        ? selection->currentContext()
        : QUuid();
}

QUuid Inspector::singleLink() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->linkCount() == 1 ? selection->currentLink() : QUuid();
}

QUuid Inspector::singleRelationship() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->relationshipCount() == 1 ? selection->currentRelationship()
                                                            : QUuid();
}

QString Inspector::subject() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    if (!selection || !document() || selection->isEmpty())
        return QStringLiteral("none");
    if (!singleNote().isNull())
        return QStringLiteral("note");
    if (!singleContext().isNull())
        return QStringLiteral("context");
    if (!singleLink().isNull())
        return QStringLiteral("link");
    if (!singleRelationship().isNull())
        return QStringLiteral("relationship");
    if (selection->contextCount() == 0 && selection->noteCount() > 1)
        return QStringLiteral("notes");
    return QStringLiteral("mixed");
}

// The note

QString Inspector::noteId() const
{
    return idString(singleNote());
}

QString Inspector::noteText() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->text : QString();
}

int Inspector::noteKind() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? int(note->kind) : -1;
}

QString Inspector::noteContextName() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    const BoundedContext *context = note ? document()->board()->context(note->contextId) : nullptr;
    return context ? context->name : QString();
}

bool Inspector::hasFields() const
{
    const int kind = noteKind();
    return kind == int(NoteKind::Aggregate) || kind == int(NoteKind::DomainEvent);
}

QString Inspector::httpMethod() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->http.method : QString();
}

QString Inspector::httpPath() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->http.path : QString();
}

void Inspector::setNoteText(const QString &text)
{
    if (document())
        document()->setNoteText(singleNote(), text);
}

void Inspector::setNoteKind(int kind)
{
    if (const auto value = enumAt<NoteKind>(kind, int(allNoteKinds().size())); value && document())
        document()->setNotesKind({singleNote()}, *value);
}

void Inspector::setHttp(const QString &method, const QString &path)
{
    if (!document())
        return;
    HttpOverride http;
    http.method = method.trimmed().toUpper();
    http.path = path.trimmed();
    document()->setNoteHttp(singleNote(), http);
}

// The context

QString Inspector::contextId() const
{
    return idString(singleContext());
}

QString Inspector::contextName() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    return context ? context->name : QString();
}

QColor Inspector::contextColor() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    return context ? context->color : QColor();
}

int Inspector::memberCount() const
{
    return document() ? int(document()->board()->memberIds(singleContext()).size()) : 0;
}

QVariantMap Inspector::handoff() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return {};
    const Handoff &h = context->handoff;
    return {{QStringLiteral("serviceName"), h.serviceName},
            {QStringLiteral("upstreamUrl"), h.upstreamUrl},
            {QStringLiteral("routePrefixes"), h.routePrefixes.join(QStringLiteral(", "))},
            {QStringLiteral("databaseName"), h.databaseName},
            {QStringLiteral("databaseEngine"),
             h.databaseEngine ? int(engines.indexOf(*h.databaseEngine)) : -1},
            {QStringLiteral("team"), h.team},
            {QStringLiteral("status"), int(statuses.indexOf(h.status))},
            {QStringLiteral("wave"), h.wave}};
}

QVariantMap Inspector::derived() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return {};
    const BoardSettings &settings = document()->board()->settings();
    return {{QStringLiteral("serviceName"), Naming::derivedServiceName(*context)},
            {QStringLiteral("upstreamUrl"), Naming::derivedUpstreamUrl(*context)},
            {QStringLiteral("routePrefixes"),
             Naming::derivedRoutePrefixes(*context, settings).join(QStringLiteral(", "))},
            {QStringLiteral("databaseName"), Naming::derivedDatabaseName(*context)},
            {QStringLiteral("databaseEngine"), displayName(settings.databaseEngine)}};
}

QVariantList Inspector::contextRelationships() const
{
    QVariantList list;
    const QUuid id = singleContext();
    if (!document() || id.isNull())
        return list;
    const Board *board = document()->board();
    for (const Relationship *relationship : board->sortedRelationships()) {
        const bool upstream = relationship->upstreamId == id;
        if (!upstream && relationship->downstreamId != id)
            continue;
        const BoundedContext *other
            = board->context(upstream ? relationship->downstreamId : relationship->upstreamId);
        list.append(
            QVariantMap {{QStringLiteral("id"), idString(relationship->id)},
                         {QStringLiteral("otherName"), other ? other->name : QString()},
                         {QStringLiteral("upstream"), upstream},
                         {QStringLiteral("patternName"), displayName(relationship->pattern)},
                         {QStringLiteral("syncName"), displayName(relationship->sync)}});
    }
    return list;
}

QVariantList Inspector::otherContexts() const
{
    QVariantList list;
    if (!document())
        return list;
    for (const BoundedContext *context : document()->board()->sortedContexts()) {
        if (context->id != singleContext())
            list.append(QVariantMap {{QStringLiteral("id"), idString(context->id)},
                                     {QStringLiteral("name"), context->name}});
    }
    return list;
}

void Inspector::setContextName(const QString &name)
{
    if (document() && !name.trimmed().isEmpty())
        document()->renameContext(singleContext(), name.trimmed());
}

void Inspector::setContextColor(const QColor &color)
{
    if (document())
        document()->setContextColor(singleContext(), color);
}

void Inspector::setHandoffValue(const QString &key, const QVariant &value)
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return;
    Handoff h = context->handoff;
    const QString text = value.toString().trimmed();
    if (key == QLatin1String("serviceName")) {
        h.serviceName = text;
    } else if (key == QLatin1String("upstreamUrl")) {
        h.upstreamUrl = text;
    } else if (key == QLatin1String("routePrefixes")) {
        QStringList prefixes;
        for (const QString &prefix :
             text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            prefixes.append(prefix);
        h.routePrefixes = prefixes;
    } else if (key == QLatin1String("databaseName")) {
        h.databaseName = text;
    } else if (key == QLatin1String("databaseEngine")) {
        const int index = value.toInt();
        h.databaseEngine = index >= 0 && index < engines.size()
            ? std::optional<DatabaseEngine>(engines.at(index))
            : std::nullopt;
    } else if (key == QLatin1String("team")) {
        h.team = text;
    } else if (key == QLatin1String("status")) {
        const int index = value.toInt();
        if (index < 0 || index >= statuses.size())
            return;
        h.status = statuses.at(index);
    } else if (key == QLatin1String("wave")) {
        h.wave = std::clamp(value.toInt(), 0, 99);
    } else {
        return;
    }
    document()->setContextHandoff(context->id, h);
}

// Arrows and relationships

QString Inspector::linkLabel() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    return link ? link->label : QString();
}

QString Inspector::linkSource() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    const Note *note = link ? document()->board()->note(link->sourceId) : nullptr;
    return note ? note->text : QString();
}

QString Inspector::linkTarget() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    const Note *note = link ? document()->board()->note(link->targetId) : nullptr;
    return note ? note->text : QString();
}

QString Inspector::upstreamName() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    const BoundedContext *context
        = relationship ? document()->board()->context(relationship->upstreamId) : nullptr;
    return context ? context->name : QString();
}

QString Inspector::downstreamName() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    const BoundedContext *context
        = relationship ? document()->board()->context(relationship->downstreamId) : nullptr;
    return context ? context->name : QString();
}

int Inspector::pattern() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? int(patterns.indexOf(relationship->pattern)) : -1;
}

int Inspector::sync() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? int(syncs.indexOf(relationship->sync)) : -1;
}

QString Inspector::relationshipDescription() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? relationship->description : QString();
}

void Inspector::setLinkLabel(const QString &label)
{
    if (document())
        document()->setLinkLabel(singleLink(), label.trimmed());
}

void Inspector::setPattern(int pattern)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current || pattern < 0 || pattern >= patterns.size())
        return;
    Relationship changed = *current;
    changed.pattern = patterns.at(pattern);
    document()->setRelationship(changed);
}

void Inspector::setSync(int sync)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current || sync < 0 || sync >= syncs.size())
        return;
    Relationship changed = *current;
    changed.sync = syncs.at(sync);
    document()->setRelationship(changed);
}

void Inspector::setRelationshipDescription(const QString &description)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current)
        return;
    Relationship changed = *current;
    changed.description = description.trimmed();
    document()->setRelationship(changed);
}

void Inspector::swapRelationship()
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current)
        return;
    Relationship changed = *current;
    std::swap(changed.upstreamId, changed.downstreamId);
    document()->setRelationship(changed);
}

void Inspector::addRelationship(const QString &otherId, bool selectedIsUpstream)
{
    const QUuid selected = singleContext();
    if (!document() || selected.isNull())
        return;
    const QUuid other(otherId);
    const QUuid id = selectedIsUpstream
        ? document()->addRelationship(selected, other, RelationshipPattern::CustomerSupplier)
        : document()->addRelationship(other, selected, RelationshipPattern::CustomerSupplier);
    if (!id.isNull())
        m_controller->selection()->selectRelationship(id);
}

void Inspector::selectRelationship(const QString &id)
{
    if (m_controller)
        m_controller->selection()->selectRelationship(QUuid(id));
}

// Choices

QStringList Inspector::kindNames() const
{
    return namesOf(allNoteKinds());
}

QStringList Inspector::statusNames() const
{
    return namesOf(statuses);
}

QStringList Inspector::engineNames() const
{
    return namesOf(engines);
}

QStringList Inspector::patternNames() const
{
    QStringList names;
    for (const RelationshipPattern pattern : patterns)
        names.append(QStringLiteral("%1 (%2)").arg(displayName(pattern), abbreviation(pattern)));
    return names;
}

QStringList Inspector::syncNames() const
{
    return namesOf(syncs);
}

QStringList Inspector::fieldTypeNames() const
{
    return namesOf(fieldTypes);
}

} // namespace Seams
