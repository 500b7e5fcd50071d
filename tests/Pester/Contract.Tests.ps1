# Contract tests against the official OpenAPI document, found by build/Find-OpenApiDocument.ps1 (COOLIFY_OPENAPI,
# else ../shared/reference/coolify-openapi.json beside the repository). Without it every test here fails, with
# the error naming where it looked: a contract that is not checked must not pass as skipped.
# 1. Every operation of the document has an exported cmdlet, and every route the module calls exists
#    in the document (except the documented places where the server differs from it).
# 2. Every operation is called once through its cmdlet against Stoplight Prism serving the document:
#    Prism refuses requests that break the contract, so any refusal fails the test.
BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $modulePath = if ($env:COOLIFY_MODULE_PATH) { $env:COOLIFY_MODULE_PATH } else { Join-Path $root 'out/Coolify/Coolify.psd1' }
    Import-Module $modulePath -Force
    $assembly = (Get-Command Connect-Coolify).ImplementingType.Assembly
    $all = $assembly.GetType('Coolify.Http.ApiOperations').GetProperty('All', [Reflection.BindingFlags]'NonPublic,Static').GetValue($null)
    $flags = [Reflection.BindingFlags]'NonPublic,Instance'
    $script:OperationCases = foreach ($op in $all) {
        $t = $op.GetType()
        @{
            OperationId = $t.GetProperty('OperationId', $flags).GetValue($op)
            Method      = $t.GetProperty('Method', $flags).GetValue($op)
            Path        = $t.GetProperty('PathTemplate', $flags).GetValue($op)
            Cmdlet      = $t.GetProperty('Cmdlet', $flags).GetValue($op)
            Beyond      = $t.GetProperty('BeyondDocument', $flags).GetValue($op)
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module (Join-Path $PSScriptRoot '../Contract/PrismHost.psm1') -Force
    . (Join-Path $PSScriptRoot '../Contract/ContractCalls.ps1')
    $script:DocumentPath = & (Join-Path $PSScriptRoot '../../build/Find-OpenApiDocument.ps1')
    $script:Spec = Get-Content -Raw -LiteralPath $script:DocumentPath | ConvertFrom-Json -AsHashtable

    # Where the real server differs from the document, the module follows the server
    # (docs/ARCHITECTURE.md, "Server behaviour the code relies on"); each difference is listed here with its reason.
    $script:RouteDeviations = @{
        'update-private-key' = 'PATCH /security/keys/{uuid}: the document says /security/keys, which the server answers with 404.'
    }
}

Describe 'The module covers the OpenAPI document' {
    It 'has an exported cmdlet for every operation of the document' -ForEach @(@{ Operations = $OperationCases }) {
        $byId = @{}
        foreach ($case in $Operations) { $byId[$case.OperationId] = $case }
        $exported = @((Get-Module Coolify).ExportedCmdlets.Keys)
        $missing = foreach ($path in $script:Spec.paths.Keys) {
            foreach ($method in $script:Spec.paths[$path].Keys) {
                $id = $script:Spec.paths[$path][$method].operationId
                if (-not $byId.ContainsKey($id)) { "$id ($($method.ToUpper()) $path): no cmdlet" }
                elseif ($byId[$id].Cmdlet -notin $exported) { "$id`: $($byId[$id].Cmdlet) is not exported" }
            }
        }
        $missing | Should -BeNullOrEmpty
        @($Operations | Where-Object { -not $_.Beyond }).Count | Should -Be (@($script:Spec.paths.Values | ForEach-Object { $_.Keys }).Count)
    }

    It 'calls only routes the document has, apart from the listed server differences' -ForEach $OperationCases {
        $documented = $script:Spec.paths.Contains($Path) -and $script:Spec.paths[$Path].Contains($Method.ToLowerInvariant())
        if ($script:RouteDeviations.ContainsKey($OperationId) -or $Beyond) {
            $documented | Should -BeFalse -Because "the listed difference for $OperationId should still differ from the document"
        }
        else {
            $documented | Should -BeTrue -Because "$Cmdlet calls $Method $Path for $OperationId"
        }
    }
}

Describe 'Every cmdlet against Prism serving the document' {
    BeforeAll {
        $script:Prism = Start-Prism -Document $script:DocumentPath -PrismPath (Install-Prism) -PathPrefix '/api/v1'
        $script:Token = ConvertTo-SecureString 'contract-test-token-0000' -AsPlainText -Force
        Connect-Coolify -Url $script:Prism.BaseUrl -Token $script:Token -WarningAction SilentlyContinue
        $script:Calls = Get-ContractCall -Spec $script:Spec -MapPath (Join-Path $PSScriptRoot '../../build/api-map.txt')
    }

    AfterAll {
        if ($script:Prism) { Stop-Prism $script:Prism }
    }

    It '<Cmdlet> makes <OperationId> as the document describes it' -ForEach $OperationCases {
        $call = $script:Calls[$OperationId]
        $call | Should -Not -BeNullOrEmpty -Because "every operation needs a contract call ($OperationId)"
        $result = Invoke-ContractCall $call.Script
        $route = '^Coolify: ' + $Method + ' /api/v1' + ([regex]::Escape($Path) -replace '\\\{[^}]+}', '[^/]+') + ' -> (\d+)'
        $sent = @($result.Verbose | Where-Object { $_ -match $route })
        if ($call.Deviation) {
            # The document lacks what the server takes here; Prism must refuse it, and only for that reason.
            $result.Errors | Should -Not -BeNullOrEmpty -Because $call.Deviation
            return
        }
        $result.Errors | Should -BeNullOrEmpty -Because ("Prism refused the call (see $($script:Prism.LogPath)): " + ($result.Errors -join '; '))
        $sent | Should -Not -BeNullOrEmpty -Because "$Cmdlet should send $Method $Path; it logged: $($result.Verbose -join ' | ')"
    }
}
