package org.aitco.core.json;

/** Scenario texts shared by the tests of this package. */
final class Examples {
    private Examples() {
    }

    /** A complete valid scenario using every field of the format (the example of docs/scenario-format.md). */
    static final String STEADY = """
            {
              "name": "steady-chatbot",
              "description": "One chatbot, on-prem or in Frankfurt",
              "financials": {
                "horizonYears": 5,
                "discountRatePerYear": 0.08,
                "energyEscalationPerYear": 0.02,
                "cloudPriceChangePerYear": -0.1,
                "hoursPerMonth": 730,
                "reportingCurrency": "EUR"
              },
              "exchangeRates": {
                "USD/EUR": 0.92
              },
              "accelerators": [
                {
                  "name": "H100-SXM5-80GB",
                  "memoryGb": 80,
                  "boardWatts": 700
                }
              ],
              "serverTypes": [
                {
                  "name": "dgx-h100",
                  "accelerator": "H100-SXM5-80GB",
                  "acceleratorsPerServer": 8,
                  "purchasePrice": "300000 EUR",
                  "idleWatts": 2500,
                  "peakWatts": 10200,
                  "rackUnits": 8,
                  "usefulLifeYears": 5,
                  "residualValueFraction": 0.1,
                  "maintenancePerYearFraction": 0.08
                }
              ],
              "sites": [
                {
                  "name": "ams-1",
                  "jurisdiction": "EU",
                  "energyPerKwh": "0.21 EUR",
                  "pue": 1.35,
                  "space": {
                    "price": "180 EUR",
                    "basis": "PER_KW_MONTH"
                  },
                  "powerCapacityKw": 400,
                  "rackUnitsCapacity": 420,
                  "staffPerServerYear": "2400 EUR"
                }
              ],
              "cloudOfferings": [
                {
                  "name": "aws-p5-fra",
                  "provider": "AWS",
                  "region": "eu-central-1",
                  "jurisdiction": "EU",
                  "instanceType": "p5.48xlarge",
                  "accelerator": "H100-SXM5-80GB",
                  "acceleratorsPerInstance": 8,
                  "onDemandPerHour": "98.32 USD",
                  "commitments": [
                    {
                      "termYears": 1,
                      "upfrontFraction": 0,
                      "effectivePerHour": "69 USD"
                    }
                  ],
                  "spotPerHour": "40 USD",
                  "spotInterruptionOverhead": 0.1,
                  "egressPerGb": "0.09 USD",
                  "billingIncrementSeconds": 1
                }
              ],
              "throughput": [
                {
                  "model": "llama-3.1-70b",
                  "platform": "dgx-h100",
                  "slo": "LATENCY_CRITICAL",
                  "unit": "TOKENS_PER_SECOND",
                  "perSecond": 12000
                },
                {
                  "model": "llama-3.1-70b",
                  "platform": "aws-p5-fra",
                  "slo": "LATENCY_CRITICAL",
                  "unit": "TOKENS_PER_SECOND",
                  "perSecond": 11000
                }
              ],
              "workloads": [
                {
                  "name": "support-bot",
                  "owner": "customer-care",
                  "tags": {
                    "cost_center": "CC-1234"
                  },
                  "model": "llama-3.1-70b",
                  "demand": {
                    "unit": "TOKENS_PER_SECOND",
                    "hourly": [400, 300, 250, 200, 200, 300, 600, 1200, 1800, 2000, 2100, 2200, 2000, 2100, 2200, 2100, 2000, 1800, 1500, 1200, 1000, 800, 600, 500],
                    "growthPerYear": 0.3
                  },
                  "slo": "LATENCY_CRITICAL",
                  "allowedJurisdictions": ["EU"],
                  "egressGbPerMillionUnits": 0.02,
                  "egressGbPerMonth": 0,
                  "interruptible": false
                }
              ]
            }
            """;
}
