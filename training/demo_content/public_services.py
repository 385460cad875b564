MODULE = {
    "slug": "managing-local-public-services",
    "domain": "local-public-services",
    "level": "introductory",
    "duration_hours": 10,
    "trainers": ["expert@passerelle.demo"],
    "languages": ["en", "fr", "pt"],
    "pass_mark": 60,
    "max_attempts": 3,
    "en": {
        "title": "Managing local public services",
        "summary": (
            "How a city decides who runs a service, writes a contract it can enforce, measures "
            "performance with a few honest indicators and listens to the people it serves."
        ),
        "objectives": (
            "<ul><li>Compare direct management and delegation to an operator.</li>"
            "<li>Write the key clauses of a service contract and plan its monitoring.</li>"
            "<li>Choose performance indicators that drive improvement.</li>"
            "<li>Set up citizen feedback that leads to action.</li></ul>"
        ),
    },
    "fr": {
        "title": "Gérer les services publics locaux",
        "summary": (
            "Comment une ville décide qui gère un service, rédige un contrat qu'elle peut faire "
            "respecter, mesure la performance avec quelques indicateurs honnêtes et écoute les "
            "personnes qu'elle sert."
        ),
        "objectives": (
            "<ul><li>Comparer la gestion directe et la délégation à un opérateur.</li>"
            "<li>Rédiger les clauses clés d'un contrat de service et en organiser le suivi.</li>"
            "<li>Choisir des indicateurs de performance qui font progresser.</li>"
            "<li>Mettre en place une écoute des usagers qui débouche sur des actions.</li></ul>"
        ),
    },
    "lessons": [
        {
            "slug": "service-contracts",
            "minutes": 25,
            "en": {
                "title": "Who runs the service? Management models and contracts",
                "summary": "Direct management, public companies, delegation, and the clauses that matter.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Water, waste collection, public lighting, markets, parking, public transport: a "
                            "city is responsible for many services, but it does not have to run each of them "
                            "with its own staff. What it cannot hand over is the responsibility: whatever the "
                            "model, residents will hold the city to account when the service fails.</p>"
                            "<h2>The main models</h2>"
                            "<p><b>Direct management</b>: a municipal department runs the service with its own "
                            "staff and budget. Control is simple and the knowledge stays in-house, but the "
                            "service competes with every other department for money and staff. <b>A public "
                            "company or authority</b> owned by the city has its own budget and management, "
                            "which makes it easier to run the service like a business while keeping it public; "
                            "Eau de Paris is an example. <b>Delegation</b> to a private operator, through a "
                            "management contract, a lease or a concession, brings in skills and sometimes "
                            "investment, in exchange for a contract the city must be able to steer. Between "
                            "these, cities often contract out specific tasks, such as meter reading or street "
                            "cleaning in some districts, while keeping the service public.</p>"
                            "<p>There is no universally best model. The right one depends on the city's "
                            "capacity to manage or to supervise, the investment needed, and the law. A city that "
                            "cannot supervise a contract will not get a good result from delegation; a "
                            "department without budget autonomy will struggle to maintain assets.</p>"
                            "<h2>What a good contract says</h2>"
                            "<ul><li><b>The service expected</b>, described by results (hours of supply, "
                            "collection frequency, response times) rather than by the means the operator must "
                            "use.</li>"
                            "<li><b>Who owns and who renews the assets</b>, and the state in which they must be "
                            "returned at the end.</li>"
                            "<li><b>Tariffs and how they change</b>: a formula, a review date, and the city's "
                            "approval.</li>"
                            "<li><b>Reporting</b>: which data the operator provides, how often, in which format, "
                            "and the city's right to audit them.</li>"
                            "<li><b>Penalties and incentives</b> linked to the indicators, large enough to "
                            "matter, simple enough to apply.</li>"
                            "<li><b>Duration, renegotiation and exit</b>, including what happens to staff and "
                            "data.</li></ul>"
                            "<h2>Steering the contract</h2>"
                            "<p>A contract is only as good as the team that follows it. The city needs a small "
                            "unit with engineers, lawyers and financial staff who read the operator's reports, "
                            "check them in the field, meet the operator regularly and apply penalties when "
                            "needed. Setting this unit up is often the first thing cooperation between cities "
                            "can help with: the partner city has already learned which clauses are hard to "
                            "enforce.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "",
                            "text": "<p>Before signing, ask: if the operator stopped tomorrow, would we know enough about our own network, customers and assets to take over? If not, the contract must oblige the operator to share that knowledge.</p>",
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Qui gère le service ? Modes de gestion et contrats",
                "summary": "Régie, entreprise publique, délégation, et les clauses qui comptent.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Eau, collecte des déchets, éclairage public, marchés, stationnement, transports "
                            "publics : une ville est responsable de nombreux services, mais elle n'est pas tenue "
                            "de tous les assurer avec son propre personnel. Ce qu'elle ne peut pas déléguer, "
                            "c'est la responsabilité : quel que soit le mode de gestion, les habitants "
                            "demanderont des comptes à la ville quand le service sera défaillant.</p>"
                            "<h2>Les principaux modes de gestion</h2>"
                            "<p><b>La régie directe</b> : un service municipal gère l'activité avec son personnel "
                            "et son budget. Le contrôle est simple et les compétences restent en interne, mais le "
                            "service est en concurrence avec tous les autres pour les crédits et les postes. "
                            "<b>Une entreprise ou régie publique</b> appartenant à la ville dispose de son propre "
                            "budget et de sa propre direction, ce qui permet de gérer le service comme une "
                            "entreprise tout en le gardant public ; Eau de Paris en est un exemple. <b>La "
                            "délégation</b> à un opérateur privé, par un contrat de gestion, un affermage ou une "
                            "concession, apporte des compétences et parfois des investissements, en échange d'un "
                            "contrat que la ville doit savoir piloter. Entre les deux, les villes confient "
                            "souvent des tâches précises, comme la relève des compteurs ou le nettoiement de "
                            "certains quartiers, tout en gardant le service public.</p>"
                            "<p>Il n'existe pas de mode de gestion meilleur partout. Le bon choix dépend de la "
                            "capacité de la ville à gérer ou à contrôler, des investissements nécessaires et du "
                            "droit. Une ville qui ne sait pas contrôler un contrat n'obtiendra pas de bon "
                            "résultat d'une délégation ; un service sans autonomie budgétaire aura du mal à "
                            "entretenir son patrimoine.</p>"
                            "<h2>Ce que dit un bon contrat</h2>"
                            "<ul><li><b>Le service attendu</b>, décrit par des résultats (heures de distribution, "
                            "fréquence de collecte, délais d'intervention) plutôt que par les moyens imposés à "
                            "l'opérateur.</li>"
                            "<li><b>Qui possède et qui renouvelle les équipements</b>, et l'état dans lequel ils "
                            "doivent être rendus à la fin.</li>"
                            "<li><b>Les tarifs et leur évolution</b> : une formule, une date de révision, et "
                            "l'accord de la ville.</li>"
                            "<li><b>Le rapportage</b> : quelles données l'opérateur fournit, à quelle fréquence, "
                            "sous quel format, et le droit de la ville à les auditer.</li>"
                            "<li><b>Pénalités et incitations</b> liées aux indicateurs, assez fortes pour compter, "
                            "assez simples pour être appliquées.</li>"
                            "<li><b>Durée, renégociation et sortie</b>, y compris le sort du personnel et des "
                            "données.</li></ul>"
                            "<h2>Piloter le contrat</h2>"
                            "<p>Un contrat ne vaut que par l'équipe qui le suit. La ville a besoin d'une petite "
                            "cellule d'ingénieurs, de juristes et de financiers qui lisent les rapports de "
                            "l'opérateur, les vérifient sur le terrain, rencontrent régulièrement l'opérateur et "
                            "appliquent les pénalités quand il le faut. Mettre en place cette cellule est souvent "
                            "la première chose à laquelle la coopération entre villes peut aider : la ville "
                            "partenaire a déjà appris quelles clauses sont difficiles à faire respecter.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "",
                            "text": "<p>Avant de signer, demandez-vous : si l'opérateur s'arrêtait demain, en saurions-nous assez sur notre réseau, nos usagers et nos équipements pour reprendre le service ? Sinon, le contrat doit obliger l'opérateur à partager ces connaissances.</p>",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "performance-indicators",
            "minutes": 20,
            "en": {
                "title": "Performance indicators that drive improvement",
                "summary": "Few, defined, measured the same way every time, and published.",
                "body": [
                    (
                        "text",
                        (
                            "<p>An indicator is useful only if someone will act differently because of it. Many "
                            "cities collect dozens of figures that nobody reads. A short list of well-defined "
                            "indicators, reviewed every month by the people who can change the result, does "
                            "more for a service than a thick annual report.</p>"
                            "<h2>Choose a few, covering what matters</h2>"
                            "<p>A balanced set looks at the service from several sides: <b>access</b> (who is "
                            "served, for example the share of households with a connection or collection), "
                            "<b>quality</b> (hours of water supply per day, share of water samples meeting "
                            "standards, share of streets cleaned on schedule), <b>efficiency</b> (non-revenue "
                            "water, cost per tonne of waste collected, staff per thousand customers), "
                            "<b>financial health</b> (share of bills collected, operating costs covered by "
                            "revenue) and <b>responsiveness</b> (time to repair, time to answer a complaint). "
                            "Six to ten indicators are usually enough for a city's leadership; teams in the "
                            "field may follow more detailed ones.</p>"
                            "<h2>Define each indicator precisely</h2>"
                            "<p>Write a short sheet for every indicator: its exact definition, the formula, the "
                            'data source, who measures it, how often, and the target. "Complaints handled" is '
                            'not a definition; "share of complaints closed within five working days, counted '
                            'from registration" is. Without a sheet, the figure changes when the person who '
                            "calculates it changes, and comparisons over time become meaningless.</p>"
                            "<h2>Measure honestly</h2>"
                            "<p>People improve what is measured, and sometimes they improve only the "
                            "measurement. If staff are judged on the number of complaints closed, complaints "
                            "will be closed without being solved. Pair indicators so they check each other, for "
                            "example complaints closed and complaints reopened, and verify a sample of the data "
                            "in the field. Prefer data produced by the work itself, such as meter readings or "
                            "vehicle tracking, to data typed in afterwards.</p>"
                            "<h2>Use and publish them</h2>"
                            "<p>Review the indicators at a fixed meeting with the people responsible, ask why a "
                            "figure moved and agree on actions. Publishing them, on the city's website or on a "
                            "board at the town hall, builds trust and puts healthy pressure on the service. "
                            "Comparing with other cities, through networks of utilities or through a "
                            "cooperation partner, shows what is achievable: a result that seems good in "
                            "isolation may be average elsewhere.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "A starter set for a water service",
                            "figures": [
                                {"figure": "h/day", "label": "hours of supply per day"},
                                {"figure": "%", "label": "non-revenue water"},
                                {"figure": "%", "label": "bills collected"},
                                {"figure": "days", "label": "to repair a reported leak"},
                            ],
                            "source": "",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Write one indicator sheet",
                            "instructions": "<p>Pick one service your department runs. Write the sheet for one indicator: definition, formula, data source, who measures, how often, target. Then ask a colleague to calculate last month's figure from your sheet alone. Do you get the same number?</p>",
                            "duration_minutes": 40,
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Des indicateurs de performance qui font progresser",
                "summary": "Peu nombreux, définis, mesurés toujours de la même façon, et publiés.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Un indicateur n'est utile que si quelqu'un agit différemment à cause de lui. "
                            "Beaucoup de villes collectent des dizaines de chiffres que personne ne lit. Une "
                            "courte liste d'indicateurs bien définis, examinés chaque mois par ceux qui peuvent "
                            "changer le résultat, fait plus pour un service qu'un épais rapport annuel.</p>"
                            "<h2>En choisir peu, couvrant l'essentiel</h2>"
                            "<p>Un ensemble équilibré regarde le service sous plusieurs angles : <b>l'accès</b> "
                            "(qui est desservi, par exemple la part des ménages raccordés ou collectés), <b>la "
                            "qualité</b> (heures de distribution par jour, part des analyses d'eau conformes, "
                            "part des rues nettoyées selon le planning), <b>l'efficacité</b> (eau non facturée, "
                            "coût par tonne de déchets collectée, agents pour mille abonnés), <b>la santé "
                            "financière</b> (part des factures recouvrées, couverture des coûts d'exploitation "
                            "par les recettes) et <b>la réactivité</b> (délai de réparation, délai de réponse à "
                            "une réclamation). Six à dix indicateurs suffisent en général à la direction d'une "
                            "ville ; les équipes de terrain peuvent en suivre de plus détaillés.</p>"
                            "<h2>Définir précisément chaque indicateur</h2>"
                            "<p>Rédigez une courte fiche pour chaque indicateur : sa définition exacte, la "
                            "formule, la source des données, qui le mesure, à quelle fréquence, et l'objectif. "
                            "« Réclamations traitées » n'est pas une définition ; « part des réclamations closes "
                            "dans les cinq jours ouvrés suivant leur enregistrement » en est une. Sans fiche, le "
                            "chiffre change quand la personne qui le calcule change, et les comparaisons dans le "
                            "temps perdent leur sens.</p>"
                            "<h2>Mesurer honnêtement</h2>"
                            "<p>On améliore ce qui est mesuré, et parfois on n'améliore que la mesure. Si les "
                            "agents sont jugés sur le nombre de réclamations closes, des réclamations seront "
                            "closes sans être résolues. Associez des indicateurs qui se contrôlent l'un l'autre, "
                            "par exemple réclamations closes et réclamations rouvertes, et vérifiez un échantillon "
                            "des données sur le terrain. Préférez les données produites par le travail lui-même, "
                            "comme les relèves de compteurs ou la géolocalisation des véhicules, aux données "
                            "saisies après coup.</p>"
                            "<h2>Les utiliser et les publier</h2>"
                            "<p>Examinez les indicateurs lors d'une réunion fixe avec les responsables, demandez "
                            "pourquoi un chiffre a bougé et convenez d'actions. Les publier, sur le site de la "
                            "ville ou sur un panneau à la mairie, crée de la confiance et exerce une saine "
                            "pression sur le service. Se comparer à d'autres villes, par des réseaux "
                            "d'opérateurs ou grâce à un partenaire de coopération, montre ce qui est possible : "
                            "un résultat qui paraît bon isolément peut être moyen ailleurs.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Un premier tableau de bord pour un service d'eau",
                            "figures": [
                                {"figure": "h/jour", "label": "heures de distribution par jour"},
                                {"figure": "%", "label": "d'eau non facturée"},
                                {"figure": "%", "label": "de factures recouvrées"},
                                {"figure": "jours", "label": "pour réparer une fuite signalée"},
                            ],
                            "source": "",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Rédiger une fiche indicateur",
                            "instructions": "<p>Choisissez un service géré par votre direction. Rédigez la fiche d'un indicateur : définition, formule, source des données, qui mesure, à quelle fréquence, objectif. Demandez ensuite à un collègue de calculer le chiffre du mois dernier à partir de votre seule fiche. Obtenez-vous le même résultat ?</p>",
                            "duration_minutes": 40,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "citizen-feedback",
            "minutes": 20,
            "en": {
                "title": "Listening to citizens: complaints and feedback",
                "summary": "Channels, a complaint register, closing the loop, and surveys.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Residents see the service every day, in every street. Their complaints and "
                            "suggestions are the cheapest monitoring system a city can have, provided it "
                            "records them, acts on them and tells people what it did. A complaint that "
                            "disappears without an answer costs more trust than no channel at all.</p>"
                            "<h2>Open channels people actually use</h2>"
                            "<p>Offer several ways to report a problem: a telephone line, a desk at the town "
                            "hall or district office, a messaging number, a web form or an app. Choose them for "
                            "the people you serve, not for the city's convenience: in many neighbourhoods the "
                            "phone and face-to-face contact with local staff or community leaders remain the "
                            "main channels. Whatever the channel, every report should reach the same register.</p>"
                            "<h2>Keep one register</h2>"
                            "<p>Each complaint gets a number, a date, a category, a location and a status. The "
                            "person who reported it receives the number so they can follow it up. The register "
                            "shows where problems cluster, which categories grow, and how long they take to "
                            "solve. Mapping complaints often reveals what indicators miss: a street where "
                            "collection is regularly forgotten, or a district where water pressure drops every "
                            "evening.</p>"
                            "<h2>Close the loop</h2>"
                            "<p>Set a target time for each category, assign each complaint to a team, and tell "
                            "the resident when it is solved, or why it cannot be. Check a sample of closed "
                            "complaints by calling residents back. Some complaints are about rules rather than "
                            "faults, for example a tariff; they still deserve an answer that explains the "
                            "decision.</p>"
                            "<h2>Ask those who do not complain</h2>"
                            "<p>People who complain are not a representative sample: the poorest and the least "
                            "connected complain least. Short satisfaction surveys at regular intervals, "
                            "community meetings and walks through neighbourhoods with residents reach them. Ask "
                            "concrete questions, such as how many hours a day water runs, rather than only "
                            "general satisfaction.</p>"
                            "<h2>Feed decisions</h2>"
                            "<p>Bring a summary of complaints and surveys to the same meeting that reviews the "
                            "performance indicators. When feedback leads to a change, say so publicly: people "
                            "report more, and more usefully, when they see that reporting works.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Reporting problems in public space",
                            "city": "Paris",
                            "year": 2013,
                            "situation": "<p>Residents reported litter, broken street furniture and other problems through many separate channels, and rarely knew what happened next.</p>",
                            "outcome": "<p>The City of Paris offers a single reporting service, available on the web and on mobile phones, where residents describe and locate a problem and can follow its treatment by the city's services.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "",
                            "text": "<p>A good first target: every complaint acknowledged within one working day, with a reference number.</p>",
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Écouter les habitants : réclamations et avis",
                "summary": "Canaux, registre des réclamations, réponse aux usagers et enquêtes.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Les habitants voient le service chaque jour, dans chaque rue. Leurs réclamations "
                            "et leurs suggestions sont le système de suivi le moins cher dont une ville puisse "
                            "disposer, à condition de les enregistrer, d'agir et de dire aux gens ce qui a été "
                            "fait. Une réclamation qui disparaît sans réponse coûte plus de confiance que "
                            "l'absence de tout canal.</p>"
                            "<h2>Ouvrir des canaux vraiment utilisés</h2>"
                            "<p>Proposez plusieurs moyens de signaler un problème : une ligne téléphonique, un "
                            "guichet à la mairie ou à la mairie de quartier, un numéro de messagerie, un "
                            "formulaire en ligne ou une application. Choisissez-les pour les personnes que vous "
                            "servez, pas pour la commodité de la ville : dans beaucoup de quartiers, le téléphone "
                            "et le contact direct avec les agents locaux ou les responsables communautaires "
                            "restent les principaux canaux. Quel que soit le canal, chaque signalement doit "
                            "arriver dans le même registre.</p>"
                            "<h2>Tenir un seul registre</h2>"
                            "<p>Chaque réclamation reçoit un numéro, une date, une catégorie, un lieu et un "
                            "statut. La personne qui l'a faite reçoit le numéro pour pouvoir la suivre. Le "
                            "registre montre où les problèmes se concentrent, quelles catégories augmentent et "
                            "combien de temps il faut pour les résoudre. Cartographier les réclamations révèle "
                            "souvent ce que les indicateurs ne voient pas : une rue régulièrement oubliée par la "
                            "collecte, ou un quartier où la pression de l'eau chute chaque soir.</p>"
                            "<h2>Répondre jusqu'au bout</h2>"
                            "<p>Fixez un délai cible pour chaque catégorie, confiez chaque réclamation à une "
                            "équipe, et prévenez l'habitant quand elle est résolue, ou expliquez pourquoi elle ne "
                            "peut pas l'être. Vérifiez un échantillon de réclamations closes en rappelant les "
                            "habitants. Certaines réclamations portent sur des règles plutôt que sur des pannes, "
                            "un tarif par exemple ; elles méritent quand même une réponse qui explique la "
                            "décision.</p>"
                            "<h2>Interroger ceux qui ne se plaignent pas</h2>"
                            "<p>Ceux qui se plaignent ne sont pas un échantillon représentatif : les plus pauvres "
                            "et les moins connectés se plaignent le moins. De courtes enquêtes de satisfaction à "
                            "intervalles réguliers, des réunions de quartier et des visites de terrain avec les "
                            "habitants permettent de les atteindre. Posez des questions concrètes, comme le "
                            "nombre d'heures par jour où l'eau coule, plutôt que de demander seulement une "
                            "satisfaction générale.</p>"
                            "<h2>Nourrir les décisions</h2>"
                            "<p>Apportez une synthèse des réclamations et des enquêtes à la réunion qui examine "
                            "les indicateurs de performance. Quand un avis conduit à un changement, dites-le "
                            "publiquement : les gens signalent davantage, et plus utilement, quand ils voient "
                            "que signaler sert à quelque chose.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Signaler les problèmes dans l'espace public",
                            "city": "Paris",
                            "year": 2013,
                            "situation": "<p>Les habitants signalaient déchets, mobilier urbain cassé et autres problèmes par de nombreux canaux séparés, et savaient rarement ce qu'il en advenait.</p>",
                            "outcome": "<p>La Ville de Paris propose un service unique de signalement, sur le web et sur mobile, où les habitants décrivent et localisent un problème et peuvent suivre son traitement par les services de la ville.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "",
                            "text": "<p>Un bon premier objectif : chaque réclamation accusée de réception sous un jour ouvré, avec un numéro de référence.</p>",
                        },
                    ),
                ],
            },
        },
    ],
    "questions": [
        {
            "kind": "single",
            "correct": [2],
            "en": {
                "text": "When a city delegates a service to an operator, what does it keep?",
                "choices": [
                    "Nothing: the operator becomes responsible to residents",
                    "Only the ownership of the land",
                    "The responsibility for the service, and the duty to steer the contract",
                ],
                "explanation": "Residents hold the city to account whatever the model, so it must keep the capacity to supervise the operator.",
            },
            "fr": {
                "text": "Quand une ville délègue un service à un opérateur, que garde-t-elle ?",
                "choices": [
                    "Rien : l'opérateur devient responsable devant les habitants",
                    "Seulement la propriété des terrains",
                    "La responsabilité du service et le devoir de piloter le contrat",
                ],
                "explanation": "Les habitants demandent des comptes à la ville quel que soit le mode de gestion ; elle doit donc garder la capacité de contrôler l'opérateur.",
            },
        },
        {
            "kind": "single",
            "correct": [0],
            "en": {
                "text": "How should a contract describe the service expected?",
                "choices": [
                    "By results, such as hours of supply and response times",
                    "By listing the equipment the operator must buy",
                    "It does not need to: the operator knows best",
                ],
                "explanation": "Results can be measured and enforced, and leave the operator free to find the best means.",
            },
            "fr": {
                "text": "Comment un contrat doit-il décrire le service attendu ?",
                "choices": [
                    "Par des résultats, comme les heures de distribution et les délais d'intervention",
                    "En listant les équipements que l'opérateur doit acheter",
                    "Inutile : l'opérateur sait mieux faire",
                ],
                "explanation": "Des résultats peuvent être mesurés et imposés, et laissent l'opérateur libre de trouver les meilleurs moyens.",
            },
        },
        {
            "kind": "multiple",
            "correct": [0, 2],
            "en": {
                "text": "What makes a performance indicator reliable?",
                "choices": [
                    "A written sheet with its exact definition and data source",
                    "Changing its formula each year to reflect priorities",
                    "Checking a sample of the data in the field",
                ],
                "explanation": "A precise, stable definition and field checks keep figures comparable and honest.",
            },
            "fr": {
                "text": "Qu'est-ce qui rend un indicateur de performance fiable ?",
                "choices": [
                    "Une fiche écrite avec sa définition exacte et la source des données",
                    "Changer sa formule chaque année selon les priorités",
                    "Vérifier un échantillon des données sur le terrain",
                ],
                "explanation": "Une définition précise et stable et des contrôles sur le terrain gardent les chiffres comparables et honnêtes.",
            },
        },
        {
            "kind": "single",
            "correct": [1],
            "en": {
                "text": "Staff are judged only on the number of complaints closed. What is the risk?",
                "choices": [
                    "None",
                    "Complaints are closed without being solved",
                    "Residents stop complaining because service improves",
                ],
                "explanation": "People may improve the measurement instead of the result; pair it with complaints reopened and call residents back.",
            },
            "fr": {
                "text": "Les agents sont jugés uniquement sur le nombre de réclamations closes. Quel est le risque ?",
                "choices": [
                    "Aucun",
                    "Des réclamations sont closes sans être résolues",
                    "Les habitants cessent de se plaindre car le service s'améliore",
                ],
                "explanation": "On risque d'améliorer la mesure plutôt que le résultat ; associez l'indicateur aux réclamations rouvertes et rappelez les habitants.",
            },
        },
        {
            "kind": "single",
            "correct": [2],
            "en": {
                "text": "Why run satisfaction surveys when you already have a complaint register?",
                "choices": [
                    "Surveys replace the register",
                    "Surveys are required by every contract",
                    "People who complain are not representative; the poorest complain least",
                ],
                "explanation": "Surveys and neighbourhood meetings reach people who never use the complaint channels.",
            },
            "fr": {
                "text": "Pourquoi mener des enquêtes de satisfaction quand on a déjà un registre des réclamations ?",
                "choices": [
                    "Les enquêtes remplacent le registre",
                    "Tous les contrats les exigent",
                    "Ceux qui se plaignent ne sont pas représentatifs ; les plus pauvres se plaignent le moins",
                ],
                "explanation": "Les enquêtes et les réunions de quartier atteignent des personnes qui n'utilisent jamais les canaux de réclamation.",
            },
        },
    ],
}
