# The fault and bad-input suite (docs/reliability.md lists every case and what it promises). Each test
# asserts what a user sees and, where it matters, what the server received.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Token = Get-SimToken Root
    $script:Old = 'k0wcgw4'
    $script:New = 'xk9q2m7a1b3c5d7e9f0g2h4j'

    function Get-Count([string] $Method, [string] $PathLike = '*') {
        @(Get-CoolifySimulatorRequest $script:Sim -Method $Method | Where-Object path -like $PathLike).Count
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Reliability: server faults' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'waits out a 429 without Retry-After by backing off, and succeeds' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = 429; count = 1 }
        @(Get-CoolifyService -WarningAction SilentlyContinue).Count | Should -BeGreaterThan 0
        Get-Count GET '/api/v1/services' | Should -Be 2
    }

    It 'retries a GET after <_>, a bounded number of times, then gives a clear error' -ForEach 500, 502, 503, 504 {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = $_; count = 10 }
        $e = { Get-CoolifyService -ErrorAction Stop } | Should -Throw -PassThru
        $e.FullyQualifiedErrorId | Should -Match '^Coolify(ServerError|ServerUnavailable),'
        Get-Count GET '/api/v1/services' | Should -Be 4
    }

    It 'never repeats a <Method> after a <Status>: the counter shows one request' -ForEach @(
        @{ Method = 'POST'; Status = 500 }, @{ Method = 'POST'; Status = 502 }, @{ Method = 'PATCH'; Status = 503 }, @{ Method = 'DELETE'; Status = 504 }) {
        Add-CoolifySimulatorFault $script:Sim @{ method = $Method; path_prefix = "/api/v1/services/$($script:Old)"; status = $Status; count = 10 }
        switch ($Method) {
            'POST' { Start-CoolifyService -Uuid $script:Old -ErrorVariable e -ErrorAction SilentlyContinue }
            'PATCH' { Set-CoolifyService -Uuid $script:Old -Description 'x' -ErrorVariable e -ErrorAction SilentlyContinue }
            'DELETE' { Remove-CoolifyService -Uuid $script:Old -Force -ErrorVariable e -ErrorAction SilentlyContinue }
        }
        $e | Should -Not -BeNullOrEmpty
        Get-Count $Method "/api/v1/services/$($script:Old)*" | Should -Be 1
    }

    It 'sends a POST once when the connection is reset before the answer' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = "/api/v1/services/$($script:Old)/start"; drop = $true; count = 5 }
        { Start-CoolifyService -Uuid $script:Old -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyConnectionFailed*'
        Get-Count POST '*/start' | Should -Be 1
    }

    It 'describes a reverse proxy''s HTML error page instead of parsing it' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = 502; content_type = 'text/html'; body = '<html><body><h1>502 Bad Gateway</h1>nginx</body></html>'; count = 10 }
        $e = { Get-CoolifyService -ErrorAction Stop } | Should -Throw -PassThru
        $e.Exception.Message | Should -Match '502'
        $e.Exception.Message | Should -Not -Match '<html>'
    }

    It 'reports an empty or truncated success body as CoolifyUnexpectedResponse' -ForEach @(
        @{ Body = '' }, @{ Body = '[{"uuid":"k0wcgw4","name":"n8n"},{"uuid":"xk9' }) {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services/'; status = 200; body = $Body; count = 1 }
        { Get-CoolifyService -Uuid $script:Old -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyUnexpectedResponse*'
    }

    It 'tolerates unexpected and missing fields' {
        $body = '[{"uuid":"k0wcgw4","name":"n8n","brand_new_field":{"depth":[1,2]}},{"uuid":"xk9q2m7a1b3c5d7e9f0g2h4j"}]'
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = 200; body = $body; count = 1 }
        $services = @(Get-CoolifyService)
        $services.Count | Should -Be 2
        $services[0].BrandNewField.Depth | Should -Be @(1, 2)
        $services[1].Name | Should -BeNullOrEmpty
    }

    It 'reads a 2 MB list' {
        $items = foreach ($i in 1..4000) { '{"uuid":"svc' + $i.ToString('00000') + 'aaaaaaaaaaaaaa","name":"service-' + $i + '","status":"running:healthy","description":"' + ('x' * 440) + '"}' }
        $body = '[' + ($items -join ',') + ']'
        $body.Length | Should -BeGreaterThan 2MB
        Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = 200; body = $body; count = 1 }
        $services = @(Get-CoolifyService)
        $services.Count | Should -Be 4000
        $services[-1].Name | Should -Be 'service-4000'
    }

    It 'does not follow a redirect to another host, so the token never goes there' {
        $other = Start-CoolifySimulator
        try {
            Add-CoolifySimulatorFault $script:Sim @{ method = 'GET'; path_prefix = '/api/v1/services'; status = 302; location = "$($other.Url)/api/v1/services"; count = 1 }
            { Get-CoolifyService -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyRedirected*'
            @(Get-CoolifySimulatorRequest $other).Count | Should -Be 0
        }
        finally {
            Stop-CoolifySimulator $other
        }
    }
}

Describe 'Reliability: bad input is refused before sending, and the pipeline goes on' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'refuses each dangerous id with CoolifyInvalidId and still starts the good one' {
        $bad = @('a/b', '..', 'a%2Fb', 'a?b', 'a#b', 'a b', "a`nb", 'ü123', '', $null, ('x' * 10000))
        $results = @(@($bad) + $script:Old | Start-CoolifyService -ErrorVariable e -ErrorAction SilentlyContinue)
        $results.Uuid | Should -Be $script:Old
        @($e | Where-Object FullyQualifiedErrorId -like 'CoolifyInvalidId,*').Count | Should -Be $bad.Count
        Get-Count POST | Should -Be 1
    }

    It 'refuses a piped object without a Uuid, and goes on with the next' {
        $results = @([pscustomobject]@{ Name = 'no id here' }, [pscustomobject]@{ Uuid = $script:Old } | Start-CoolifyService -ErrorVariable e -ErrorAction SilentlyContinue)
        $results.Uuid | Should -Be $script:Old
        $e | Should -Not -BeNullOrEmpty
        Get-Count POST | Should -Be 1
    }

    It 'refuses wrong enum and numeric values at binding, before any request' {
        { New-CoolifyDatabase -Type oracle -ServerUuid s -ProjectUuid p -EnvironmentName production } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { Get-CoolifyLog -ApplicationUuid app0webfrontend000000000 -Tail 'many' } | Should -Throw -ErrorId 'CannotConvertArgument*'
        { Get-CoolifyLog -ApplicationUuid app0webfrontend000000000 -Tail 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { Start-CoolifyApplication -Uuid x -ThrottleLimit 1000 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses a .env file with binary content, sending nothing' {
        $file = Join-Path ([IO.Path]::GetTempPath()) "coolify-binary-$PID.env"
        [IO.File]::WriteAllBytes($file, [byte[]](0x41, 0x3D, 0x00, 0xFF, 0xFE, 0x01, 0x0A))
        try {
            { Import-CoolifyEnvironmentVariable -ApplicationUuid app0webfrontend000000000 -Path $file } | Should -Throw
            @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET').Count | Should -Be 0
        }
        finally {
            Remove-Item $file -ErrorAction SilentlyContinue
        }
    }
}

Describe 'Reliability: secrets stay secret' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'keeps the token out of a transcript, $Error and exception messages at every verbosity' {
        $transcript = Join-Path ([IO.Path]::GetTempPath()) "coolify-transcript-$PID.txt"
        Start-Transcript -Path $transcript -Force | Out-Null
        try {
            Connect-Sim -Verbose -Debug 5>&1 4>&1 | Out-Host
            Get-CoolifyService -Verbose -Debug 5>&1 4>&1 | Out-Host
            Get-CoolifyEnvironmentVariable -ServiceUuid $script:Old -Verbose -Debug 5>&1 4>&1 | Format-List * | Out-Host
            Get-CoolifyService -Uuid 'nope0000' -ErrorAction SilentlyContinue -Verbose -Debug 5>&1 4>&1 | Out-Host
            Get-CoolifyConnection | Format-List * | Out-Host
            $Error | Select-Object -First 5 | ForEach-Object { $_ | Format-List * -Force | Out-String } | Out-Host
        }
        finally {
            Stop-Transcript | Out-Null
        }
        $text = Get-Content -Raw $transcript
        Remove-Item $transcript
        $text | Should -Match 'GET /api/v1/services'
        $text.Contains($script:Token) | Should -BeFalse
        $text.Contains(($script:Token -split '\|')[1]) | Should -BeFalse
        foreach ($record in $Error) { "$record $($record.Exception)".Contains($script:Token) | Should -BeFalse }
    }

    It 'keeps header values and the proxy password out of a transcript, $Error, exception messages and the connection''s CliXml at every verbosity' {
        Import-Module (Join-Path $PSScriptRoot '../NetworkTestHost.psm1') -Force
        $proxyPassword = 'rel-pr0xy-pw-6b1f0e'
        $headerValue = 'rel-h3ader-v4lue-93ac2d'
        $cfSecret = 'rel-cf-s3cret-47d0b8'
        $credential = [pscredential]::new('reluser', (ConvertTo-SecureString $proxyPassword -AsPlainText -Force))
        $proxy = Start-TestProxy -Credential $credential
        $transcript = Join-Path ([IO.Path]::GetTempPath()) "coolify-transcript-net-$PID.txt"
        $xml = Join-Path ([IO.Path]::GetTempPath()) "coolify-connection-net-$PID.xml"
        $Error.Clear()
        try {
            Start-Transcript -Path $transcript -Force | Out-Null
            try {
                $token = ConvertTo-SecureString $script:Token -AsPlainText -Force
                $connect = @{
                    Url = $script:Sim.Url; Token = $token; Proxy = $proxy.Url; ProxyCredential = $credential
                    Header = @{ 'X-Gateway-Key' = $headerValue; 'X-Gateway-Secure' = (ConvertTo-SecureString $headerValue -AsPlainText -Force) }
                    CloudflareAccessClientId = 'rel.access'; CloudflareAccessClientSecret = (ConvertTo-SecureString $cfSecret -AsPlainText -Force)
                }
                Connect-Coolify @connect -Verbose -Debug 5>&1 4>&1 | Out-Host
                Get-CoolifyService -Verbose -Debug 5>&1 4>&1 | Out-Host
                Get-CoolifyService -Uuid 'nope0000' -ErrorAction SilentlyContinue -Verbose -Debug 5>&1 4>&1 | Out-Host
                # A failing connection too: wrong proxy password, then a gateway that refuses.
                $wrong = [pscredential]::new('reluser', (ConvertTo-SecureString "$proxyPassword-x" -AsPlainText -Force))
                $wrongConnect = $connect.Clone()
                $wrongConnect.ProxyCredential = $wrong
                try { Connect-Coolify @wrongConnect -Name wrong-proxy -NoDefault -Verbose -Debug 5>&1 4>&1 | Out-Host } catch { $_ | Format-List * -Force | Out-Host }
                Set-CoolifySimulator $script:Sim @{ access_gateway = @{ headers = @{ 'CF-Access-Client-Secret' = 'something-else' }; mode = 'redirect' } }
                Get-CoolifyService -ErrorAction SilentlyContinue -Verbose -Debug 5>&1 4>&1 | Out-Host
                Get-CoolifyConnection | Format-List * -Force | Out-Host
                $Error | Select-Object -First 10 | ForEach-Object { $_ | Format-List * -Force | Out-String } | Out-Host
            }
            finally {
                Stop-Transcript | Out-Null
            }
            Get-CoolifyConnection | Export-Clixml $xml
            $text = (Get-Content -Raw $transcript) + (Get-Content -Raw $xml) + (Get-CoolifyConnection | ConvertTo-Json -Depth 5)
            $text | Should -Match 'GET /api/v1/services'
            foreach ($secret in $proxyPassword, $headerValue, $cfSecret, [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("reluser:$proxyPassword"))) {
                $text.Contains($secret) | Should -BeFalse -Because "'$($secret.Substring(0, 6))…' is a secret"
            }
            foreach ($record in $Error) {
                $all = "$record $($record.Exception) $($record.ErrorDetails) $($record.TargetObject)"
                foreach ($secret in $proxyPassword, $headerValue, $cfSecret) { $all.Contains($secret) | Should -BeFalse }
            }
        }
        finally {
            Remove-Item $transcript, $xml -ErrorAction SilentlyContinue
            Stop-TestProxy $proxy
            Disconnect-Coolify -ErrorAction SilentlyContinue
            Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        }
    }

    It 'shows environment values only when asked, never in the default view' {
        Connect-Sim
        $view = Get-CoolifyEnvironmentVariable -ServiceUuid $script:Old | Format-Table | Out-String
        $values = @(Get-CoolifyEnvironmentVariable -ServiceUuid $script:Old).Value | Where-Object { $_ }
        $values | Should -Not -BeNullOrEmpty
        foreach ($value in $values) { $view.Contains($value) | Should -BeFalse }
    }
}

Describe 'Reliability: one connection shared by parallel runspaces' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'gives correct answers from ForEach-Object -Parallel and thread jobs' {
        $module = $script:ModulePath
        $ids = 1..40 | ForEach-Object { if ($_ % 2) { $script:Old } else { $script:New } }
        $names = $ids | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:module
            "$_=$((Get-CoolifyService -Uuid $_).Name)"
        }
        @($names).Count | Should -Be 40
        @($names | Where-Object { $_ -notin "$($script:Old)=n8n", "$($script:New)=n8n-staging" }) | Should -BeNullOrEmpty

        $jobs = 1..4 | ForEach-Object { Start-ThreadJob -ArgumentList $module, $script:New { param($m, $id) Import-Module $m; (Get-CoolifyService -Uuid $id).Name } }
        $jobs | Wait-Job -Timeout 60 | Receive-Job | Sort-Object -Unique | Should -Be 'n8n-staging'
        $jobs | Remove-Job
    }
}

Describe 'Reliability: soak' {
    BeforeAll { Reset-CoolifySimulator $script:Sim; Set-CoolifySimulator $script:Sim @{ rate_limit = 1000000 } }

    It 'leaves memory and sockets flat over 10,000 requests' {
        $command = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($script:ModulePath)'
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue
`$port = ([uri]'$($script:Sim.Url)').Port
function Sockets { @([Net.NetworkInformation.IPGlobalProperties]::GetIPGlobalProperties().GetActiveTcpConnections() | Where-Object { `$_.RemoteEndPoint.Port -eq `$port -and `$_.State -eq 'Established' }).Count }
1..1000 | ForEach-Object { `$null = Get-CoolifyService -Uuid k0wcgw4 }
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
`$before = [GC]::GetTotalMemory(`$true)
`$socketsBefore = Sockets
1..9000 | ForEach-Object { `$null = Get-CoolifyService -Uuid k0wcgw4 }
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
`$after = [GC]::GetTotalMemory(`$true)
"SOAK `$([math]::Round((`$after - `$before) / 1MB, 2)) `$((Sockets) - `$socketsBefore)"
"@
        $out = Invoke-ChildPwsh -CaptureOutput -Command $command
        $line = $out | Where-Object { $_ -like 'SOAK *' } | Select-Object -Last 1
        $line | Should -Not -BeNullOrEmpty -Because ($out -join "`n")
        $growthMB, $sockets = ($line -split ' ')[1, 2]
        [double]$growthMB | Should -BeLessThan 10 -Because 'memory should not grow with the number of requests'
        [int]$sockets | Should -BeLessOrEqual 1 -Because 'requests should reuse pooled connections, not open new ones'
    }
}

Describe 'Reliability: dependency isolation' {
    It 'works with newer Microsoft.Extensions versions loaded before it, and another module''s versions loaded after it' {
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
        $primitives = Join-Path $packages 'microsoft.extensions.primitives/9.0.0/lib/net8.0/Microsoft.Extensions.Primitives.dll'
        $http = Join-Path $packages 'microsoft.extensions.http/9.0.0/lib/net8.0/Microsoft.Extensions.Http.dll'
        Test-Path $primitives | Should -BeTrue -Because 'build/tools.proj downloads Microsoft.Extensions.Primitives 9.0.0'
        Test-Path $http | Should -BeTrue -Because 'build/tools.proj downloads Microsoft.Extensions.Http 9.0.0'
        $command = @"
`$ErrorActionPreference = 'Stop'
`$before = [Reflection.Assembly]::LoadFrom('$primitives')
Import-Module '$($script:ModulePath)'
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue
`$first = @(Get-CoolifyService).Count
`$after = [Reflection.Assembly]::LoadFrom('$http')
`$other = [Microsoft.Extensions.Primitives.StringValues]::new('other module')
`$second = @(Get-CoolifyService).Count
"ISOLATED `$first `$second `$(`$before.GetName().Version.Major) `$(`$after.GetName().Version.Major) `$(`$other.Count)"
"@
        $out = Invoke-ChildPwsh -CaptureOutput -Command $command
        ($out | Where-Object { $_ -like 'ISOLATED *' } | Select-Object -Last 1) | Should -Match '^ISOLATED ([1-9]\d*) \1 9 9 1$' -Because ($out -join "`n")
    }
}
