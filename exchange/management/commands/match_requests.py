from django.core.management.base import BaseCommand, CommandError

from core.models import User
from core.roles import Role
from exchange.models import PartnerRequest
from exchange.selectors import batch_inputs
from exchange.services import batch_apply
from experts.models import ExpertProfile


class Command(BaseCommand):
    help = "Propose experts for every open request (optimal batch); --apply sends the proposals."

    def add_arguments(self, parser):
        parser.add_argument("--apply", action="store_true", help="Create the proposals.")
        parser.add_argument(
            "--as", dest="coordinator", help="E-mail of the coordinator applying the proposal."
        )

    def handle(self, *args, **options):
        inputs = batch_inputs()
        requests, pool = inputs.requests, inputs.pool
        assignment = inputs.assign()
        titles = dict(
            PartnerRequest.objects.filter(pk__in=[r.id for r in requests]).values_list(
                "pk", "title"
            )
        )
        names = {p.pk: str(p) for p in ExpertProfile.objects.select_related("user")}
        by_id = {r.id: r for r in requests}
        width = max([len(t) for t in titles.values()] + [7])
        self.stdout.write(f"{'Request':<{width}}  {'Expert':<28}  {'Score':>5}  Why")
        self.stdout.write("-" * (width + 60))
        for request_id, expert_id, score in assignment.pairs:
            why = pool.explain_pair(by_id[request_id], expert_id).summary()
            self.stdout.write(
                f"{titles[request_id]:<{width}}  {names[expert_id]:<28}  {score:>5}  {why}"
            )
        self.stdout.write("-" * (width + 60))
        self.stdout.write(
            f"{len(assignment.pairs)} proposals for {len(requests)} open requests, "
            f"total score {assignment.total}."
        )
        if not options["apply"]:
            self.stdout.write("Dry run: add --apply to send the proposals.")
            return
        users = User.objects.filter(groups__name=Role.COORDINATOR.group_name)
        if options["coordinator"]:
            users = users.filter(email=options["coordinator"])
        user = users.order_by("pk").first()
        if user is None:
            raise CommandError("No coordinator to apply the proposals as.")
        proposals = batch_apply(user=user, assignment=assignment)
        self.stdout.write(self.style.SUCCESS(f"{len(proposals)} proposals sent."))
