/// Inline planreis XML documents for the XML tests.
enum XMLFixtures {
    /// Every feature of the format, in exactly the canonical form the writer produces.
    static let allFeatures = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <planreis xmlns="urn:planreis:1" version="1">
          <journey id="claudia-wesley">
            <title>Claudia en Wesley</title>
            <municipality>Tilburg</municipality>
            <region>Hart van Brabant</region>
            <source>Casusbeschrijving &amp; dossier "A&lt;B"</source>
            <description>Eerste regel.
        Tweede regel, met &lt;hoekhaken&gt; &amp; "aanhalingstekens".

          Ingesprongen na een lege regel.</description>
            <household>
              <member role="moeder" name="Claudia"/>
              <member role="kind 1"/>
            </household>
            <tag key="geweld">partnergeweld</tag>
            <tag>zonder sleutel</tag>
            <actors>
              <actor id="inwoner" group="huishouden" name="Inwoner"/>
              <actor id="jeugdconsulent" group="gemeente" name="Jeugdconsulent &quot;gemeente&quot; &amp; co" colour="#0072B2" order="2">
                <description>Eerste contact.
        Tweede regel.</description>
              </actor>
              <actor id="jeugdspecialist" group="jeugdzorg" name="Jeugdspecialist"/>
              <actor id="it" group="veiligheid-justitie" name="Interventieteam"/>
            </actors>
            <events>
              <event id="o1" kind="obstakel" actor="inwoner" date="2019-05">
                <title>Geen passende plek</title>
              </event>
              <event id="e1" kind="uitzondering" actor="jeugdconsulent" date="2019~" end="2020-06" category="zorg">
                <title>Zorgboerderij voor beide kinderen</title>
                <description>Regel een
        regel twee</description>
                <resolves ref="o1"/>
                <relates ref="a1"/>
                <cost amount="1250.50" payer="gemeente" note="a &lt; b &amp; &quot;c&quot;&#10;tweede regel&#9;tab"/>
                <cost item="beschermingsbewind-zonder-schulden" quantity="1.5" periods="12" payer="gemeente"/>
                <avoids title="Uithuisplaatsing" likelihood="30" horizon="12">
                  <description>Zonder de boerderij</description>
                  <cost item="uithuisplaatsing" periods="1" payer="gemeente"/>
                </avoids>
                <legitimation>
                  <basis>Jeugdwet art. 2.3</basis>
                  <argument>Goedkoper en beter</argument>
                  <perspective>Weer samen thuis</perspective>
                </legitimation>
                <tag key="leefgebied">opvoeding</tag>
              </event>
              <event id="a1" kind="aanvraag" actor="inwoner" date="2021-22">
                <title>Urgentie aangevraagd</title>
              </event>
              <event id="b1" kind="besluit" actor="jeugdconsulent" date="2021-38" value="toegekend">
                <title>Urgentieverklaring toegekend</title>
                <answers ref="a1"/>
              </event>
              <event id="d1" kind="interventie" actor="jeugdspecialist" date="2021-12-01" end="2022-03?">
                <title>Woning betrokken</title>
                <delivers ref="b1"/>
              </event>
              <event kind="overdracht" actor="jeugdconsulent" to="jeugdspecialist" date="2020-07-15T10:30:00+02:00">
                <title>Dossier overgedragen</title>
              </event>
              <event kind="veiligheid" actor="it" date="2014-02" value="oranje" scoredBy="IT-medewerker">
                <title>Kleurcode</title>
              </event>
              <event kind="veiligheid" actor="it" date="2014-03" value="7" scoredBy="moeder">
                <title>Score</title>
              </event>
              <event kind="fase" actor="it" date="2014-02-03" end="2014-05-01" value="intensief">
                <title>Intensieve fase</title>
                <legitimation/>
              </event>
              <event kind="wachten" actor="inwoner" date="2017-05%" value="wachtlijst jeugdzorg">
                <title>Wachten</title>
                <avoids title="Crisisopname"/>
              </event>
            </events>
          </journey>
          <journey id="tweede">
            <title>Tweede casus</title>
            <actors>
              <actor id="x" group="overig" name="X"/>
            </actors>
            <events/>
          </journey>
        </planreis>

        """#

    /// A small valid document with the events given as XML lines inside `<events>`.
    static func document(events: String, actors: String? = nil) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <planreis xmlns="urn:planreis:1" version="1">
          <journey id="j">
            <title>T</title>
            <actors>
        \(actors ?? """
              <actor id="a" group="gemeente" name="A"/>
              <actor id="b" group="huishouden" name="B"/>
        """)
            </actors>
            <events>
        \(events)
            </events>
          </journey>
        </planreis>

        """
    }
}
