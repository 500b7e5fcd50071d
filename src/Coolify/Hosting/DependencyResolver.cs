using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Coolify.Hosting
{
    /// <summary>
    /// Loads the module's third-party assemblies from its dependencies/ folder so they never clash with
    /// other versions another module loaded (PSResourceGet ships Microsoft.Extensions.Primitives 6.0).
    /// On PowerShell 7 they go into a load context of their own, made by reflection because
    /// netstandard2.0 has no AssemblyLoadContext type; on Windows PowerShell 5.1, which has no binding
    /// redirects, they are matched by simple name whatever version was asked for.
    /// </summary>
    /// <remarks>
    /// The build also ships ReadyToRun images of the dependencies, compiled ahead of time for one .NET
    /// version and platform each, in dependencies/net&lt;major&gt;.0-&lt;rid&gt;/ (net10.0-linux-x64 and so
    /// on). PowerShell 7 on that .NET version and platform loads those, so their code is not compiled at
    /// start-up; everywhere else, Windows PowerShell 5.1 included, the IL images of dependencies/ load as
    /// before (a ReadyToRun image is not an IL-only image, which .NET Framework needs).
    /// </remarks>
    public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static string _folder;
        private static string _nativeFolder;
        private static HashSet<string> _names;
        private static HashSet<string> _nativeNames;
        private static object _context;
        private static MethodInfo _loadFromPath;
        private static bool _hooked;

        public void OnImport()
        {
            lock (Gate)
            {
                if (_hooked)
                {
                    return;
                }

                string folder = Path.Combine(Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? ".", "dependencies");

                // In xunit runs and dotnet build output the dependencies sit beside the module: nothing to do.
                if (!Directory.Exists(folder))
                {
                    return;
                }

                _folder = folder;
                _names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (string file in Directory.GetFiles(folder, "*.dll"))
                {
                    _names.Add(Path.GetFileNameWithoutExtension(file));
                }

                CreateLoadContext();
                if (_context != null)
                {
                    FindNativeImages(folder);
                }

                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                _hooked = true;
            }

            Warmup.Start();
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (_hooked)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
                    _hooked = false;
                }
            }
        }

        private static void CreateLoadContext()
        {
            Type alc = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            ConstructorInfo constructor = alc?.GetConstructor(new[] { typeof(string), typeof(bool) });
            if (constructor == null)
            {
                return;
            }

            _context = constructor.Invoke(new object[] { "Coolify.Dependencies", false });
            _loadFromPath = alc.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
        }

        /// <summary>The ReadyToRun images for this .NET version and platform, when the build made them.</summary>
        private static void FindNativeImages(string folder)
        {
            string rid = RuntimeId();
            if (rid == null)
            {
                return;
            }

            string native = Path.Combine(folder, "net" + Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0-" + rid);
            if (!Directory.Exists(native))
            {
                return;
            }

            _nativeFolder = native;
            _nativeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string file in Directory.GetFiles(native, "*.dll"))
            {
                _nativeNames.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        private static string RuntimeId()
        {
            string os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : null;
            switch (RuntimeInformation.ProcessArchitecture)
            {
                case Architecture.X64:
                    return os == null ? null : os + "-x64";
                case Architecture.Arm64:
                    return os == null ? null : os + "-arm64";
                default:
                    return null;
            }
        }

        private static Assembly Resolve(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            if (name.Name == null || !_names.Contains(name.Name) || !IsOurs(args.RequestingAssembly))
            {
                return null;
            }

            return Loaded.GetOrAdd(name.Name, simpleName =>
            {
                string path = Path.Combine(_nativeNames != null && _nativeNames.Contains(simpleName) ? _nativeFolder : _folder, simpleName + ".dll");
                return _context != null
                    ? (Assembly)_loadFromPath.Invoke(_context, new object[] { path })
                    : Assembly.LoadFrom(path);
            });
        }

        // Only requests from this module or its own dependencies are answered, so other modules keep
        // whatever they resolve for themselves.
        private static bool IsOurs(Assembly requester)
        {
            if (requester == null)
            {
                return true;
            }

            if (requester == typeof(DependencyResolver).Assembly)
            {
                return true;
            }

            string location;
            try
            {
                location = requester.Location;
            }
            catch (NotSupportedException)
            {
                return false;
            }

            string directory = string.IsNullOrEmpty(location) ? null : Path.GetDirectoryName(location);
            return directory != null
                && (string.Equals(directory, _folder, StringComparison.OrdinalIgnoreCase) || string.Equals(directory, _nativeFolder, StringComparison.OrdinalIgnoreCase));
        }
    }
}
