package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy hours of cloud accelerators count every hour a FOCUS row covers, not only the hour it starts in. */
class CloudBusyHoursTest {

    @Test
    void aDailyRowIsBusyForItsTwentyFourHours(@TempDir Path dir) throws IOException {
        Path focus = dir.resolve("daily.csv");
        Files.writeString(focus, """
                BilledCost,EffectiveCost,ChargePeriodStart,ChargePeriodEnd,BillingCurrency,ProviderName,ServiceCategory,SkuId,ConsumedQuantity,ConsumedUnit
                24.00,24.00,2024-09-01T00:00:00Z,2024-09-02T00:00:00Z,USD,AWS,Compute,g5.4xlarge,24,Hours
                1.00,1.00,2024-09-01T05:00:00Z,2024-09-01T06:00:00Z,USD,AWS,Compute,g5.4xlarge,1,Hours
                12.00,12.00,2024-09-30T12:00:00Z,2024-10-01T12:00:00Z,USD,AWS,Compute,g5.4xlarge,24,Hours
                0.50,0.50,2024-09-10T10:30:00Z,2024-09-10T11:30:00Z,USD,AWS,Compute,g5.4xlarge,1,Hours
                """);
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"cloudAccelerators": [{"match": "g5.4xlarge", "acceleratorsPerUnit": 1, "platform": "aws:g5.4xlarge"}]}
                """);
        ChargebackReport r = Chargeback.run(ChargebackRequest.builder().focus(focus).config(config).build());
        ChargebackReport.CloudUse g5 = r.cloudAccelerators().stream().filter(c -> c.period().equals("2024-09"))
                .findFirst().orElseThrow();
        // Distinct busy hours of September: the daily row 00:00-24:00 on the 1st = 24 (the hourly row at 05:00 lies
        //   inside it); the row from 30 Sep 12:00 to 1 Oct 12:00 is charged to September (month of its start) and
        //   busy 12 hours of September (12:00..23:00), its October hours are not September's; 10:30-11:30 on the
        //   10th touches the hours 10:00 and 11:00 = 2. Total 24 + 12 + 2 = 38 (the old count was 4: one per row).
        assertThat(g5.busyHours()).isEqualTo(38);
        assertThat(g5.busyShare()).isCloseTo(38 / 730.0, offset(1e-12));
        // Accelerator-hours come from ConsumedQuantity: 24 + 1 + 24 + 1 = 50.
        assertThat(g5.acceleratorHours()).isCloseTo(50.0, offset(1e-12));
    }
}
