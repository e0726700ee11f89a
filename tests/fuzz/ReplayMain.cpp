// Without libFuzzer (the regular gcc build): runs the target once on every
// file of the corpus folders given, so CI proves that the seeds and every
// input the fuzzer once found a bug with still go through cleanly.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files, QDir::Name))
                files.append(f.filePath());
        } else {
            files.append(path);
        }
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs ran cleanly\n", inputs);
    return inputs > 0 ? 0 : 1; // an empty corpus proves nothing
}
