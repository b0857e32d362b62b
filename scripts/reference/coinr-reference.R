# Reference numbers for the index engine's tests (tests/fixtures/coinr/), computed with the JRC
# COINr package's own functions: Treat() with qTreat's defaults (winsorise up to 5 points, then
# log_CT; |skew| 2, kurtosis 3.5), n_minmax, n_zscore, n_prank, a_amean, a_gmean.
#
#   Rscript scripts/reference/coinr-reference.R
#
# Needs R and COINr (install.packages("COINr")). Where COINr cannot be installed (no CRAN), set
# COINR_FUNCTIONS to an R file defining the same functions (skew, kurt, check_SkewKurt, winsorise,
# log_CT, n_minmax, n_zscore, n_prank, a_amean, a_gmean) and `treat_col`.
if (nzchar(Sys.getenv("COINR_FUNCTIONS"))) {
  source(Sys.getenv("COINR_FUNCTIONS"))
} else {
  suppressMessages(library(COINr))
  treat_col <- function(x) {
    if (sum(!is.na(x)) < 4) return(x)
    Treat(x, f1 = "winsorise", f1_para = list(na.rm = TRUE, winmax = 5, skew_thresh = 2, kurt_thresh = 3.5),
          f2 = "log_CT", f2_para = list(na.rm = TRUE), f_pass = "check_SkewKurt",
          f_pass_para = list(na.rm = TRUE, skew_thresh = 2, kurt_thresh = 3.5))$x
  }
  treat_col_plus <- function(x) {
    if (sum(!is.na(x)) < 4) return(x)
    Treat(x, f1 = "winsorise", f1_para = list(na.rm = TRUE, winmax = 5, skew_thresh = 2, kurt_thresh = 3.5),
          f2 = "log_CT_plus", f2_para = list(na.rm = TRUE), f_pass = "check_SkewKurt",
          f_pass_para = list(na.rm = TRUE, skew_thresh = 2, kurt_thresh = 3.5))$x
  }
}
fmt <- function(v) ifelse(is.na(v), "NaN", sprintf("%.17g", v))

# 1. Treatment of single columns.
vecs <- list(
  pow2 = 2^(0:19),
  outlier = c(1:20, 400),
  low = c(-900, -850, 1:25),
  ties = c(rep(1, 10), 2, 3, 4, 5, 100, 100, 100),
  missing = c(3, NA, 5, 2, 8, 1, 9, 4, 7, 6, 250, NA, 5.5),
  zeroinf = c(rep(0, 50), (1:10)^3),
  spike = c(rep(1, 60), 10, 20, 30, 40, 50, 60, 70, 1000),
  expo = exp(seq(0, 12, length.out = 40))
)
lines <- vapply(names(vecs), function(nm) paste(nm, paste(fmt(vecs[[nm]]), collapse = ","), paste(fmt(treat_col(vecs[[nm]])), collapse = ","), sep = "|"), "")
writeLines(lines, "tests/fixtures/coinr/treat.txt")

# 2. The index over Guatemala's 340 municipios: the GT indicators of docs/default-spec.json, equal
# weights inside each group, the spec's group weights; four method variants.
long <- read.csv("public/data/indicators.csv", colClasses = c("character", "character", "numeric"))
spec <- read.csv("tests/fixtures/coinr/gt-indicators.csv", colClasses = c("character", "character", "numeric"))
groups <- read.csv("tests/fixtures/coinr/gt-groups.csv", colClasses = c("character", "numeric"))
units <- sort(unique(long$unit_id[grepl("^GT", long$unit_id)]))
X <- sapply(spec$id, function(id) { v <- rep(NA_real_, length(units)); r <- long[long$indicator_id == id & long$unit_id %in% units, ]; v[match(r$unit_id, units)] <- r$value; v })
variant <- function(treat, norm, agg, l_u) {
  N <- do.call(cbind, lapply(seq_len(ncol(X)), function(j) {
    x <- X[, j]
    if (treat) x <- treat_col(x)
    x <- x * spec$direction[j]
    if (norm == "minmax") n_minmax(x, l_u) else if (norm == "zscore") n_zscore(x) else n_prank(x) * (l_u[2] - l_u[1]) + l_u[1]
  }))
  f <- if (agg == "amean") a_amean else a_gmean
  P <- sapply(groups$id, function(g) { j <- which(spec$parent == g); apply(N[, j, drop = FALSE], 1, function(r) f(r, rep(1, length(j)))) })
  apply(P, 1, function(r) f(r, groups$weight))
}
out <- data.frame(unit_id = units,
  coinr_minmax_amean = fmt(variant(TRUE, "minmax", "amean", c(0, 100))),
  none_zscore_amean = fmt(variant(FALSE, "zscore", "amean", c(0, 100))),
  none_rank_amean = fmt(variant(FALSE, "rank", "amean", c(0, 100))),
  coinr_minmax1_gmean = fmt(variant(TRUE, "minmax", "gmean", c(1, 100))))
write.csv(out, "tests/fixtures/coinr/gt-index.csv", row.names = FALSE, quote = FALSE)

# 3. COINr's log_CT_plus (log_CT on positive skew, -log(max + a - x) otherwise), alone and as the
# fallback of qTreat: the vectors of section 1 and their mirror images (negative skew).
# One line per vector: name | input | qTreat with f2 = "log_CT_plus" | log_CT_plus.
mirrored <- c(vecs, setNames(lapply(vecs, function(v) -v), paste0("neg_", names(vecs))))
lines <- vapply(names(mirrored), function(nm) {
  v <- mirrored[[nm]]
  paste(nm, paste(fmt(v), collapse = ","), paste(fmt(treat_col_plus(v)), collapse = ","),
        paste(fmt(log_CT_plus(v, na.rm = TRUE)$x), collapse = ","), sep = "|")
}, "")
writeLines(lines, "tests/fixtures/coinr/treat-plus.txt")

# 4. Real columns with negative skew within a country (public/data/indicators.csv): the value,
# its log_CT and its log_CT_plus, as unit_id, indicator_id, value, log_ct, log_ct_plus.
real <- list(c("violence_score", "GT"), c("violence_score", "HN"), c("violence_score", "SV"),
             c("gt_poverty_pct", "GT"), c("gt_mgmt_admin_index", "GT"), c("households_remittances_pct", "HN"))
out <- do.call(rbind, lapply(real, function(r) {
  rows <- long[long$indicator_id == r[1] & startsWith(long$unit_id, r[2]), ]
  rows <- rows[order(rows$unit_id), ]
  data.frame(unit_id = rows$unit_id, indicator_id = r[1], value = fmt(rows$value),
             log_ct = fmt(log_CT(rows$value, na.rm = TRUE)$x), log_ct_plus = fmt(log_CT_plus(rows$value, na.rm = TRUE)$x))
}))
write.csv(out, "tests/fixtures/coinr/treat-plus-real.csv", row.names = FALSE, quote = FALSE)
