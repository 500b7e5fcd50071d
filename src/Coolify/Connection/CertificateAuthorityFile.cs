using System;
using System.IO;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Coolify.Http;

namespace Coolify.Connection
{
    /// <summary>Reads -CertificateAuthority (or COOLIFY_CA_CERT): one or more CA certificates, PEM or DER.</summary>
    internal static class CertificateAuthorityFile
    {
        private static readonly Regex PemBlock = new Regex(
            "-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----", RegexOptions.CultureInvariant);

        internal static X509Certificate2Collection Read(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw Invalid(path, "it cannot be read: " + ex.Message, ex);
            }

            var certificates = new X509Certificate2Collection();
            try
            {
                string text = Encoding.ASCII.GetString(bytes);
                var blocks = PemBlock.Matches(text);
                if (blocks.Count > 0)
                {
                    foreach (Match block in blocks)
                    {
                        certificates.Add(new X509Certificate2(Convert.FromBase64String(Regex.Replace(block.Groups["body"].Value, "\\s", string.Empty))));
                    }
                }
                else
                {
                    certificates.Add(new X509Certificate2(bytes));
                }
            }
            catch (Exception ex) when (ex is CryptographicException || ex is FormatException)
            {
                throw Invalid(path, "it holds no certificate in PEM or DER form", ex);
            }

            return certificates;
        }

        private static CoolifyException Invalid(string path, string why, Exception inner) =>
            new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "The certificate authority file '" + path + "' is not usable: " + why + ".", inner)
            {
                RecommendedAction = "Give -CertificateAuthority (or COOLIFY_CA_CERT) a PEM file with one or more '-----BEGIN CERTIFICATE-----' blocks, or a DER (.cer, .crt) file of the CA.",
            };
    }
}
