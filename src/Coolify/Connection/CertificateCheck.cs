using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Coolify.Connection
{
    /// <summary>
    /// How a connection checks the server's TLS certificate: the system's trust (always), private
    /// certificate authorities (-CertificateAuthority), pins of the leaf certificate by SHA-256
    /// (-CertificateThumbprint), or nothing (-SkipCertificateCheck). It remembers the last certificate it
    /// refused, so the error can say which one was seen. The same callback serves .NET Framework's handler.
    /// </summary>
    internal sealed class CertificateCheck
    {
        private readonly X509Certificate2Collection _authorities;
        private readonly string[] _pins;

        internal CertificateCheck(bool skip, X509Certificate2Collection authorities, string authorityPath, IEnumerable<string> pins)
        {
            Skip = skip;
            _authorities = authorities ?? new X509Certificate2Collection();
            AuthorityPath = authorityPath;
            _pins = (pins ?? Enumerable.Empty<string>()).ToArray();
        }

        internal bool Skip { get; }

        internal string AuthorityPath { get; }

        internal IReadOnlyList<string> Pins => _pins;

        /// <summary>Subject, issuer and SHA-256 of the last certificate refused, with why; null before any.</summary>
        internal string LastRejected { get; private set; }

        internal bool Validate(HttpRequestMessage request, X509Certificate2 certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (Skip)
            {
                return true;
            }

            if (certificate == null)
            {
                LastRejected = "no certificate";
                return false;
            }

            string sha = Sha256(certificate);
            bool nameOk = (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) == 0;
            bool chainOk = errors == SslPolicyErrors.None || (nameOk && _authorities.Count > 0 && EndsInAuthority(certificate));
            bool pinned = _pins.Contains(sha, StringComparer.Ordinal);
            bool ok;
            string why;
            if (_pins.Length > 0 && _authorities.Count == 0)
            {
                // Pins instead of chain checks: the pinned certificate is trusted as it is.
                ok = pinned;
                why = "its SHA-256 is not one of -CertificateThumbprint";
            }
            else if (_pins.Length > 0)
            {
                ok = pinned && chainOk;
                why = !pinned ? "its SHA-256 is not one of -CertificateThumbprint" : Reason(errors, nameOk);
            }
            else
            {
                ok = chainOk;
                why = Reason(errors, nameOk);
            }

            if (!ok)
            {
                LastRejected = "subject '" + certificate.Subject + "', issuer '" + certificate.Issuer + "', SHA-256 " + sha + " (" + why + ")";
            }

            return ok;
        }

        /// <summary>The SHA-256 of a certificate's DER encoding, upper-case hex without separators.</summary>
        internal static string Sha256(X509Certificate2 certificate)
        {
            using (var sha = SHA256.Create())
            {
                return Hex(sha.ComputeHash(certificate.RawData));
            }
        }

        /// <summary>A pin as users write it (any case, colons or spaces allowed) in the form Sha256 gives; null when it is not 64 hex digits.</summary>
        internal static string NormalizePin(string pin)
        {
            string hex = new string((pin ?? string.Empty).Where(c => c != ':' && c != ' ' && c != '-').ToArray()).ToUpperInvariant();
            return hex.Length == 64 && hex.All(Uri.IsHexDigit) ? hex : null;
        }

        private string Reason(SslPolicyErrors errors, bool nameOk)
        {
            if (!nameOk)
            {
                return "it is not issued for this host name";
            }

            return _authorities.Count > 0
                ? "its chain ends neither in a certificate of -CertificateAuthority nor in one this machine trusts"
                : "its chain does not end in a certificate authority this machine trusts";
        }

        private bool EndsInAuthority(X509Certificate2 certificate)
        {
            using (var chain = new X509Chain())
            {
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
                chain.ChainPolicy.ExtraStore.AddRange(_authorities);
                if (!chain.Build(certificate))
                {
                    return false;
                }

                // AllowUnknownCertificateAuthority accepts any self-made root; the root must be one of ours.
                var root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
                return _authorities.Cast<X509Certificate2>().Any(a => a.RawData.SequenceEqual(root.RawData));
            }
        }

        private static string Hex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                text.Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
