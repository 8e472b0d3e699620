// One libFuzzer target per entry point of fuzzentrypoints.h; SEAMS_FUZZ_TARGET names it.
// Built only with -DSEAMS_FUZZ=ON (clang, -fsanitize=fuzzer,address,undefined).

#include "fuzzentrypoints.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

QTemporaryDir *scratch = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translations, QTemporaryDir and friends expect an application object, as in the app.
    static QCoreApplication application(*argc, *argv);
    // Input files are written and reopened for every run: keep them off the disk.
    static QTemporaryDir folder(
        qEnvironmentVariable("SEAMS_FUZZ_SCRATCH", QStringLiteral("/dev/shm"))
        + QLatin1String("/seams-fuzz-XXXXXX"));
    if (!folder.isValid()) {
        std::fprintf(stderr, "seams fuzz: cannot create a scratch folder\n");
        std::abort();
    }
    scratch = &folder;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Seams::Fuzz::Outcome outcome
        = Seams::Fuzz::run(QStringLiteral(SEAMS_FUZZ_TARGET), bytes, scratch->path());
    if (!outcome.violation.isEmpty()) {
        // An abort makes libFuzzer keep the input as a crash, like a sanitizer report would.
        std::fprintf(stderr, "seams fuzz %s: broken promise: %s\n", SEAMS_FUZZ_TARGET,
                     qPrintable(outcome.violation));
        std::abort();
    }
    return 0;
}
