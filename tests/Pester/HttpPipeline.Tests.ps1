BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Token = Get-SimToken
    $script:Secret = $script:Token.Split('|')[1]
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'What the module writes' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It '-Verbose shows method, path, status and milliseconds' {
        $verbose = Get-CoolifyService -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        "$verbose" | Should -Match 'GET /api/v1/services -> 200 OK \(\d+ bytes, \d+ ms\)'
    }

    It 'never writes the token to any stream, at any verbosity, nor in errors' {
        $bad = ConvertTo-SecureString $script:Token -AsPlainText -Force
        $all = & {
            Connect-Coolify -Url $script:Sim.Url -Token $bad -Verbose -Debug -PassThru
            Get-CoolifyService -Verbose -Debug
            Get-CoolifyService -Uuid 'k0wcgw4' | Get-CoolifyEnvironmentVariable -Verbose -Debug
            Set-CoolifyService -Uuid 'k0wcgw4' -Description $script:Token -Verbose -Debug
            Get-CoolifyService -Uuid 'nosuchservice00' -Verbose -Debug -ErrorAction Continue
            Start-CoolifyService -Uuid 'a/b' -Verbose -Debug -ErrorAction Continue
        } *>&1 | Out-String -Width 4096
        $all | Should -Match 'GET /api/v1/services'
        $all | Should -Match 'body:'
        $all | Should -Not -Match ([regex]::Escape($script:Secret))
        ($Error | Out-String -Width 4096) | Should -Not -Match ([regex]::Escape($script:Secret))
    }

    It 'never writes the token with a wrong token either' {
        $wrong = '77|thisisnotavalidtokenbutasecretstill'
        $all = & {
            try { Connect-Coolify -Url $script:Sim.Url -Token (ConvertTo-SecureString $wrong -AsPlainText -Force) -Verbose -Debug }
            catch { $_ | Out-String -Width 4096; $_.Exception.ToString() }
        } *>&1 | Out-String -Width 4096
        $all | Should -Match 'did not accept the token'
        $all | Should -Not -Match 'thisisnotavalidtokenbutasecretstill'
    }

    It 'sends JSON bodies with no null or unset fields' {
        Clear-CoolifySimulatorRequest $script:Sim
        Set-CoolifyService -Uuid 'k0wcgw4' -Name 'renamed'
        $patch = Get-CoolifySimulatorRequest $script:Sim -Method PATCH | Select-Object -First 1
        $patch.body | Should -Be '{"name":"renamed"}'
        $patch.content_type | Should -Match 'application/json'
    }
}

Describe 'Retries and rate limits' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'waits out a 429 with Retry-After and succeeds' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/services'; method = 'GET'; status = 429; retry_after = 1; body = '{"message":"Too Many Attempts."}'; content_type = 'application/json'; count = 1 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $services = @(Get-CoolifyService)
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.9
        $services.Count | Should -BeGreaterThan 0
    }

    It 'gets every request of a burst through a small rate limit' {
        Set-CoolifySimulator $script:Sim @{ rate_limit = 3; rate_limit_window_seconds = 2 }
        $results = @(1..6 | ForEach-Object { Get-CoolifyService -Uuid 'k0wcgw4' -WarningAction SilentlyContinue })
        $results.Count | Should -Be 6
    }

    It 'paces piped requests by the server''s counters: every item succeeds and at most one request meets a 429' {
        # The limit is set before connecting, so the connection's first request opens the window.
        Set-CoolifySimulator $script:Sim @{ rate_limit = 20; rate_limit_window_seconds = 2 }
        $null = Invoke-SimControl $script:Sim 'stats' -Method DELETE
        Connect-Sim
        $ids = 1..70 | ForEach-Object { if ($_ % 2) { 'k0wcgw4' } else { 'xk9q2m7a1b3c5d7e9f0g2h4j' } }
        $results = @($ids | Restart-CoolifyService -ThrottleLimit 8 -Confirm:$false -ErrorVariable e -WarningAction SilentlyContinue)
        $e | Should -BeNullOrEmpty
        $results.Count | Should -Be 70
        $stats = Invoke-SimControl $script:Sim 'stats'
        $stats.rate_limited | Should -BeLessOrEqual 1
        # The 70 restarts and Connect-Coolify's version check, each counted once.
        $stats.rate_limit_passed | Should -Be 71
    }

    It 'paces one request after another the same way, across cmdlet calls on one connection' {
        Set-CoolifySimulator $script:Sim @{ rate_limit = 20; rate_limit_window_seconds = 2 }
        $null = Invoke-SimControl $script:Sim 'stats' -Method DELETE
        Connect-Sim
        $results = @(1..45 | ForEach-Object { Get-CoolifyService -Uuid 'k0wcgw4' -WarningAction SilentlyContinue })
        $results.Count | Should -Be 45
        $stats = Invoke-SimControl $script:Sim 'stats'
        $stats.rate_limited | Should -BeLessOrEqual 1
        $stats.rate_limit_passed | Should -Be 46
    }

    It 'says the simulator answers like Laravel''s throttle: counters on every answer, Retry-After and X-RateLimit-Reset on a 429' {
        Set-CoolifySimulator $script:Sim @{ rate_limit = 2; rate_limit_window_seconds = 5 }
        $null = Invoke-SimControl $script:Sim 'stats' -Method DELETE
        $headers = @{ Authorization = "Bearer $($script:Token)" }
        $answers = 1..3 | ForEach-Object { Invoke-WebRequest -Uri "$($script:Sim.Url)/api/v1/version" -Headers $headers -SkipHttpErrorCheck }
        $answers.StatusCode | Should -Be 200, 200, 429
        $answers.ForEach({ $_.Headers['X-RateLimit-Limit'][0] }) | Should -Be '2', '2', '2'
        $answers.ForEach({ $_.Headers['X-RateLimit-Remaining'][0] }) | Should -Be '1', '0', '0'
        [int]$answers[2].Headers['Retry-After'][0] | Should -BeIn 4, 5, 6
        [long]$answers[2].Headers['X-RateLimit-Reset'][0] | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds())
        (Invoke-SimControl $script:Sim 'stats').rate_limited | Should -Be 1
    }

    It 'retries a GET after a 503 and succeeds' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/services'; method = 'GET'; status = 503; count = 1 }
        @(Get-CoolifyService).Count | Should -BeGreaterThan 0
        @(Get-CoolifySimulatorRequest $script:Sim -Method GET | Where-Object path -eq '/api/v1/services').Count | Should -Be 2
    }

    It 'never retries a POST after a 503: one request, then a clear error' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/services/k0wcgw4/start'; status = 503; body = '<html>Service Unavailable</html>'; content_type = 'text/html'; count = 5 }
        Clear-CoolifySimulatorRequest $script:Sim
        Start-CoolifyService -Uuid 'k0wcgw4' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyServerUnavailable,*'
        $e[0].Exception.Message | Should -Match 'HTML'
        Get-PostCount | Should -Be 1
    }

    It 'retries a GET whose connection dropped' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/services'; method = 'GET'; drop = $true; count = 1 }
        @(Get-CoolifyService).Count | Should -BeGreaterThan 0
    }
}

Describe 'Ctrl+C' {
    BeforeAll { Reset-CoolifySimulator $script:Sim }

    It 'stops a hanging request within 2 seconds' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/services'; hang = $true; count = 1 }
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$($script:ModulePath)'; Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force); Get-CoolifyService")
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            while (@(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -eq '/api/v1/services').Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            Start-Sleep -Milliseconds 300
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally {
            $ps.Dispose()
        }
    }
}

Describe 'The built module' {
    It 'imports with no warning (approved verbs only) and exports exactly its manifest''s cmdlets' {
        $out = Invoke-ChildPwsh -CaptureOutput -Command "Import-Module '$($script:ModulePath)' -WarningVariable w; if (`$w) { 'WARN: ' + `$w }; (Get-Command -Module Coolify).Count"
        $out | Should -Not -Match '^WARN'
        [int]($out | Select-Object -Last 1) | Should -Be @((Import-PowerShellDataFile $script:ModulePath).CmdletsToExport).Count
    }

    It 'names only exported cmdlets in the generated coverage table, which lists every Services operation' {
        $doc = Get-Content (Join-Path $PSScriptRoot '../../docs/api-coverage.md')
        $named = $doc | Select-String '^(?:\|[^|]*){4}\| `([A-Z][a-z]+-Coolify\w*)` \|' | ForEach-Object { $_.Matches[0].Groups[1].Value } | Sort-Object -Unique
        $exported = (Get-Command -Module Coolify).Name
        $named.Count | Should -BeGreaterThan 100 -Because 'the Cmdlet column is the fifth'
        $named | Where-Object { $_ -notin $exported } | Should -BeNullOrEmpty
        @($doc | Where-Object { $_ -match '^\| Services \|' -and $_ -notmatch 'no cmdlet yet' }).Count | Should -Be 27
    }

    It 'gives each cmdlet of the coverage table the source file that declares its class' {
        $root = Join-Path $PSScriptRoot '../..'
        $rows = @(Get-Content (Join-Path $root 'docs/api-coverage.md') | Select-String '\| `([A-Z][a-z]+)-(Coolify\w*)` \| `([^`]+)` \|$')
        $rows.Count | Should -BeGreaterThan 100
        $wrong = foreach ($row in $rows) {
            $verb, $noun, $file = $row.Matches[0].Groups[1..3].Value
            $path = Join-Path $root $file
            $declares = (Test-Path -LiteralPath $path) -and
                (Get-Content -Raw -LiteralPath $path) -match "\[Cmdlet\(\s*(Verbs\w+\.$verb|`"$verb`")\s*,\s*`"$noun`""
            if (-not $declares) { "$verb-$noun`: $file" }
        }
        $wrong | Should -BeNullOrEmpty
    }

    It 'ships no System.Management.Automation.dll and keeps third-party DLLs in dependencies/' {
        $dir = Split-Path $script:ModulePath
        Get-ChildItem $dir -Recurse -Filter 'System.Management.Automation.dll' | Should -BeNullOrEmpty
        @(Get-ChildItem $dir -Filter '*.dll').Name | Should -Be @('Coolify.dll')
        Get-ChildItem (Join-Path $dir 'dependencies') -Filter 'Microsoft.Extensions.Http.dll' | Should -Not -BeNullOrEmpty
    }

    It 'loads the ReadyToRun images of its dependencies on PowerShell 7.6 where the build made them, and IL images elsewhere' {
        $dir = Split-Path $script:ModulePath
        foreach ($rid in 'linux-x64', 'win-x64', 'osx-arm64') {
            Get-ChildItem (Join-Path $dir "dependencies/net10.0-$rid") -Filter 'Microsoft.Extensions.Http.dll' | Should -Not -BeNullOrEmpty -Because "the build compiles them for $rid"
        }
        $command = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($script:ModulePath)'
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force)
`$n = @(Get-CoolifyService).Count
`$http = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Http' }
"OK `$n " + (Split-Path -Leaf (Split-Path `$http.Location))
"@
        $out = Invoke-ChildPwsh -CaptureOutput -Command $command
        $rid = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
        $rid += '-' + [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
        $expected = if ([Environment]::Version.Major -eq 10 -and $rid -in 'linux-x64', 'win-x64', 'osx-arm64') { "net10.0-$rid" } else { 'dependencies' }
        ($out | Select-Object -Last 1) | Should -Be "OK 6 $expected"
    }

    It 'imports and works after an older Microsoft.Extensions.Primitives was loaded (as PSResourceGet ships)' {
        $old = Get-ChildItem (Join-Path $PSHOME 'Modules') -Recurse -Filter 'Microsoft.Extensions.Primitives.dll' | Select-Object -First 1
        $old | Should -Not -BeNullOrEmpty
        $command = @"
`$ErrorActionPreference = 'Stop'
`$asm = [Reflection.Assembly]::LoadFrom('$($old.FullName)')
Import-Module '$($script:ModulePath)'
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force)
`$n = @(Get-CoolifyService).Count
`$http = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Http' }
`$context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$http).Name
`$still = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$asm).Name
"OK `$n `$context `$still"
"@
        $out = Invoke-ChildPwsh -CaptureOutput -Command $command
        ($out | Select-Object -Last 1) | Should -Match '^OK [1-9]\d* Coolify.Dependencies Default$'
    }
}
