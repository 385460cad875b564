"""Steering: the dashboard, the lists behind its figures, and their exports.

Coordinators see everything; a city focal point the same pages limited to
their own city (`Filters.for_user`). Everything is a GET with the filters
in the query string, so any view can be bookmarked or shared.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from core import steer
from core.access import role_required
from core.charts import kept_bar_chart_data_uri
from core.list_exports import FORMATS, export_response, record_export
from core.roles import Role
from core.steer_forms import SteerFilterForm

LIST_PAGE_SIZE = 50


def _filters(request) -> tuple[SteerFilterForm, steer.Filters]:
    if not (request.user.is_coordinator or request.user.focal_point_city_id):
        raise PermissionDenied
    form = SteerFilterForm(request.GET or None, user=request.user)
    return form, form.filters()


def _list_or_404(key: str) -> steer.SteerList:
    steer_list = steer.steer_list(key)
    if steer_list is None:
        raise Http404
    return steer_list


def _list_params(request, steer_list: steer.SteerList) -> dict:
    return {name: request.GET[name] for name in steer_list.params if request.GET.get(name)}


@role_required(Role.FOCAL_POINT)
@require_GET
def dashboard(request):
    form, filters = _filters(request)
    panels = [
        {
            "panel": panel,
            "figures": [(figure, figure.url(filters)) for figure in panel.figures],
            "charts": [
                {
                    "chart": chart,
                    "image": kept_bar_chart_data_uri(chart) if chart.rows else "",
                    "rows": [
                        (
                            label,
                            values,
                            steer.list_url(chart.list_key, filters, **params)
                            if chart.list_key
                            else "",
                        )
                        for label, values, params in chart.rows
                    ],
                }
                for chart in panel.charts
            ],
        }
        for panel in steer.kept_panels(filters)
    ]
    return render(
        request,
        "core/steer/dashboard.html",
        {"form": form, "filters": filters, "panels": panels, "lists": steer.steer_lists()},
    )


@role_required(Role.FOCAL_POINT)
@require_GET
def steer_list(request, key: str):
    steer_list = _list_or_404(key)
    form, filters = _filters(request)
    params = _list_params(request, steer_list)
    page = Paginator(steer_list.rows(filters, params), LIST_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = filters.querystring(**params)
    return render(
        request,
        "core/steer/list.html",
        {
            "form": form,
            "filters": filters,
            "steer_list": steer_list,
            "headers": [column.header for column in steer_list.columns],
            "rows": [
                (
                    [column.value(row) for column in steer_list.columns],
                    steer_list.row_url(row) if steer_list.row_url else "",
                )
                for row in page
            ],
            "page": page,
            "query": query,
            "extra_params": params.items(),
            "formats": FORMATS,
        },
    )


@role_required(Role.FOCAL_POINT)
@require_GET
def steer_export(request, key: str, fmt: str):
    steer_list = _list_or_404(key)
    if fmt not in FORMATS:
        raise Http404
    _form, filters = _filters(request)
    params = _list_params(request, steer_list)
    record_export(request=request, list_key=key, fmt=fmt, query=filters.querystring(**params))
    filename = f"passerelle-{key}-{timezone.localdate():%Y%m%d}"
    return export_response(steer_list, steer_list.rows(filters, params), fmt=fmt, filename=filename)
