#include "sync/CredentialStore.h"

#ifdef CERTDESK_HAVE_KEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace certdesk {

namespace {

#ifdef CERTDESK_HAVE_KEYCHAIN
const QString kService = QStringLiteral("CertDesk sync");

/// Runs a QtKeychain job to its end. The jobs are asynchronous; a password is needed
/// before the first request, so the caller waits here (the store answers in milliseconds,
/// or fails at once when there is none).
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    // Never the plain-text file QtKeychain can fall back to on a desktop without a store.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}
#endif

} // namespace

bool CredentialStore::isCompiledIn()
{
#ifdef CERTDESK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool CredentialStore::readPassword(const QString &key, QString *password, QString *error)
{
#ifdef CERTDESK_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    QString why;
    if (!runJob(job, &why)) {
        if (error)
            *error = tr("No sync password is stored for %1 (%2): enter it.").arg(key, why);
        return false;
    }
    *password = job.textData();
    return true;
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    if (error)
        *error = tr("This CertDesk has no access to a credential store: enter the sync "
                    "password each time.");
    return false;
#endif
}

bool CredentialStore::writePassword(const QString &key, const QString &password, QString *error)
{
#ifdef CERTDESK_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    QString why;
    if (!runJob(job, &why)) {
        if (error)
            *error = tr("The sync password cannot be kept in the credential store (%1); it will "
                        "be asked for at sign-in.")
                         .arg(why);
        return false;
    }
    return true;
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    if (error)
        *error = tr("This CertDesk has no access to a credential store; the sync password will "
                    "be asked for at sign-in.");
    return false;
#endif
}

bool CredentialStore::removePassword(const QString &key, QString *error)
{
#ifdef CERTDESK_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    return runJob(job, error);
#else
    Q_UNUSED(key)
    Q_UNUSED(error)
    return true;
#endif
}

} // namespace certdesk
