// A structure-aware mutator for the targets that read a board's JSON (fuzz_boardjson,
// fuzz_exporters). Byte mutations of a 40 kB JSON document mostly break its syntax, so most
// runs end in the parser; this one parses the input, changes one value the way a hostile or
// careless author would (a name full of quotes and braces, the id of another item, a number at
// a limit, an item twice, a key missing) and writes the document again. A quarter of the time,
// and whenever the input is not JSON, libFuzzer's own byte mutations run instead.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <cstring>
#include <random>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using Random = std::minstd_rand;

const std::array<const char *, 34> hostileTexts = {"",
                                                   " ",
                                                   "Order",
                                                   "order",
                                                   "user",
                                                   "select",
                                                   "Order Context",
                                                   "OrderItem",
                                                   "a/b",
                                                   "../..",
                                                   "{}",
                                                   "#",
                                                   "\n",
                                                   "\"",
                                                   "'",
                                                   "--",
                                                   "/*",
                                                   "\\",
                                                   ":",
                                                   ";",
                                                   "${x}",
                                                   "%s%n",
                                                   "\xc3\xa9t\xc3\xa9",
                                                   "\xe6\xb3\xa8\xe6\x96\x87",
                                                   "\xf0\x9f\x98\x80",
                                                   "\xe2\x80\xae",
                                                   "extracted",
                                                   "extracting",
                                                   "aggregate",
                                                   "domain_event",
                                                   "command",
                                                   "reference",
                                                   "/api/orders",
                                                   "http://x:1/"};
const std::array<double, 16> interestingNumbers
    = {0, -1, 1, 2, 3, 0.5, 1e7, -1e7, 1e6, 1000, 1001, 1e9, 2147483648.0, -1e9, 1e-9, 12345.678};
const std::array<const char *, 12> keys
    = {"id",     "name",    "text",   "kind", "context",      "reference",
       "fields", "handoff", "status", "wave", "service_name", "route_prefixes"};

int pick(Random &random, int count)
{
    return int(random() % unsigned(count));
}

/** Every string of the document, so that a mutation can copy an id into a reference. */
void collectStrings(const QJsonValue &value, QStringList *strings)
{
    if (value.isString()) {
        strings->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, strings);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), strings);
    }
}

int countNodes(const QJsonValue &value)
{
    int count = 1;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += countNodes(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += countNodes(it.value());
    }
    return count;
}

QString mutateString(const QString &text, const QStringList &strings, Random &random)
{
    switch (pick(random, 5)) {
    case 0: {
        if (text.isEmpty())
            return QString::fromUtf8(hostileTexts[size_t(pick(random, int(hostileTexts.size())))]);
        QByteArray bytes = text.toUtf8();
        const size_t maxSize = size_t(bytes.size()) + 16;
        bytes.resize(qsizetype(maxSize));
        const size_t size = LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(bytes.data()),
                                             size_t(text.toUtf8().size()), maxSize);
        return QString::fromUtf8(bytes.constData(), qsizetype(size));
    }
    case 1:
        return QString::fromUtf8(hostileTexts[size_t(pick(random, int(hostileTexts.size())))]);
    case 2:
        return text
            + QString::fromUtf8(hostileTexts[size_t(pick(random, int(hostileTexts.size())))]);
    case 3:
        return strings.isEmpty() ? text : strings.at(pick(random, int(strings.size())));
    default:
        return text.repeated(1 + pick(random, 40));
    }
}

/** Mutates the node numbered `target` (pre-order) below `value`; counts down as it walks. */
void mutateNode(QJsonValue &value, int &target, const QStringList &strings, Random &random)
{
    if (target-- == 0) {
        if (value.isString()) {
            value = mutateString(value.toString(), strings, random);
        } else if (value.isDouble()) {
            value = interestingNumbers[size_t(pick(random, int(interestingNumbers.size())))];
        } else if (value.isBool()) {
            value = !value.toBool();
        } else if (value.isArray()) {
            QJsonArray array = value.toArray();
            const int choice = pick(random, 3);
            if (!array.isEmpty() && choice == 0)
                array.append(array.at(pick(random, int(array.size())))); // an item twice
            else if (!array.isEmpty() && choice == 1)
                array.removeAt(pick(random, int(array.size())));
            else
                array.append(mutateString(QString(), strings, random));
            value = array;
        } else if (value.isObject()) {
            QJsonObject object = value.toObject();
            const QString key = QLatin1String(keys[size_t(pick(random, int(keys.size())))]);
            if (object.contains(key) && pick(random, 2) == 0)
                object.remove(key);
            else
                object.insert(key, mutateString(QString(), strings, random));
            value = object;
        } else {
            value = mutateString(QString(), strings, random);
        }
        return;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && target >= 0; ++i) {
            QJsonValue item = array.at(i);
            mutateNode(item, target, strings, random);
            array.replace(i, item);
        }
        value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && target >= 0; ++it) {
            QJsonValue item = it.value();
            mutateNode(item, target, strings, random);
            it.value() = item;
        }
        value = object;
    }
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize,
                                          unsigned int seed)
{
    Random random(seed);
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject() || pick(random, 4) == 0)
        return LLVMFuzzerMutate(data, size, maxSize);

    QJsonValue root = document.object();
    QStringList strings;
    collectStrings(root, &strings);
    for (int i = 0, rounds = 1 + pick(random, 3); i < rounds; ++i) {
        int target = pick(random, countNodes(root));
        mutateNode(root, target, strings, random);
    }
    const QByteArray mutated
        = QJsonDocument(root.toObject())
              .toJson(pick(random, 2) ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (size_t(mutated.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, mutated.constData(), size_t(mutated.size()));
    return size_t(mutated.size());
}
